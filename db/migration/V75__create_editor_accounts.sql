-- Editor accounts: each analyst signs writes with a name of their own, and their password is kept only as a hash
-- in Spring Security's {id}hash form (bcrypt by default). The accounts are managed from the command line
-- (java -jar contact-timeline.jar editors ...); the account configured by timeline.security.editor.* stays beside them.
create table editor_account (
    id bigint generated always as identity primary key,
    name text not null check (name ~ '^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$'),
    password_hash text not null check (password_hash ~ '^\{[a-z0-9]+\}.+'),
    enabled boolean not null default true,
    created_at timestamptz not null default now(),
    password_changed_at timestamptz not null default now()
);

-- one account per name, whatever its case, so that "Alice" cannot sign as someone else's "alice"
create unique index editor_account_name_key on editor_account (lower(name));
