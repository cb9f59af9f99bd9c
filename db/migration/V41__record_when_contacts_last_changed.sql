-- When a meeting or a delegation visit last changed (its own fields or its parts: sides, participants, unnamed
-- parties, members, reported dates, citations), kept by the database whoever writes, and indexed with the id so that
-- "changed since" (updatedSince=) and "most recently changed first" (the Atom feeds) read an index and stop.
-- now() is the writing transaction's time, the same for every row it touches.
alter table meeting add column updated_at timestamp with time zone not null default now();
alter table delegation add column updated_at timestamp with time zone not null default now();

-- What the history knows: the time of each recorded contact's newest revision (the rows no revision records, such
-- as the scale generator's, keep the time of this migration).
update meeting m set updated_at = h.made_at
from (select a.id, max(r.made_at) as made_at from meeting_aud a join revision r on r.id = a.rev group by a.id) h
where h.id = m.id;
update delegation d set updated_at = h.made_at
from (select a.id, max(r.made_at) as made_at from delegation_aud a join revision r on r.id = a.rev group by a.id) h
where h.id = d.id;

create index meeting_updated_at_idx on meeting (updated_at, id);
create index delegation_updated_at_idx on delegation (updated_at, id);

create function touch_updated_at() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;

create trigger meeting_updated_at before update on meeting for each row execute function touch_updated_at();
create trigger delegation_updated_at before update on delegation for each row execute function touch_updated_at();

-- Parts change in sets (an edit replaces them, the generator inserts millions at once): one statement-level trigger
-- per change touches the contacts it concerns, each once per transaction.
create function meeting_parts_touch() returns trigger language plpgsql as $$
begin
    update meeting m set updated_at = now()
    where m.id in (select meeting_id from changed_rows) and m.updated_at <> now();
    return null;
end
$$;

create function delegation_parts_touch() returns trigger language plpgsql as $$
begin
    update delegation d set updated_at = now()
    where d.id in (select delegation_id from changed_rows) and d.updated_at <> now();
    return null;
end
$$;

create function citation_touch() returns trigger language plpgsql as $$
begin
    update meeting m set updated_at = now()
    where m.id in (select meeting_id from changed_rows) and m.updated_at <> now();
    update delegation d set updated_at = now()
    where d.id in (select delegation_id from changed_rows) and d.updated_at <> now();
    return null;
end
$$;

do $$
declare
    part record;
begin
    for part in select * from (values ('meeting_country', 'meeting_parts_touch'),
                                      ('meeting_participant', 'meeting_parts_touch'),
                                      ('meeting_unnamed_party', 'meeting_parts_touch'),
                                      ('delegation_member', 'delegation_parts_touch'),
                                      ('delegation_reported_dates', 'delegation_parts_touch'),
                                      ('citation', 'citation_touch')) as p(tab, fn)
    loop
        -- a part that moves to another contact touches the one it left (old rows) and the one it joined (new rows)
        execute format('create trigger %I after insert on %I referencing new table as changed_rows '
                       'for each statement execute function %I()', part.tab || '_touch_insert', part.tab, part.fn);
        execute format('create trigger %I after update on %I referencing new table as changed_rows '
                       'for each statement execute function %I()', part.tab || '_touch_update_new', part.tab, part.fn);
        execute format('create trigger %I after update on %I referencing old table as changed_rows '
                       'for each statement execute function %I()', part.tab || '_touch_update_old', part.tab, part.fn);
        execute format('create trigger %I after delete on %I referencing old table as changed_rows '
                       'for each statement execute function %I()', part.tab || '_touch_delete', part.tab, part.fn);
    end loop;
end
$$;
