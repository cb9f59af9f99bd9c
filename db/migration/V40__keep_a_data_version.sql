-- The data version: one number that moves on with every write transaction, whoever writes (the service, psql, the
-- scale generator, a migration), so that a reader can tell whether anything changed since an answer was made by
-- reading one row instead of running the query again. A reader reads it in the same snapshot as the data it answers
-- from, so an answer is never labelled with a version it does not show.
--
-- Each write transaction moves it on once, at its first statement that changes anything the API shows, and holds the
-- row until it commits: writers take turns here (writes are rare; reads never wait), versions follow the order of
-- commits, and so do the revision numbers Envers draws within them (the change feed relies on that: a client that
-- has seen revision n will never find a revision below n committed later). The triggers fire before each statement,
-- so that a writer takes this row before any row lock of its own and two writers cannot wait on each other.
create table data_version (
    one        boolean primary key default true check (one),
    version    bigint not null,
    changed_by xid8
);

insert into data_version (version) values (1);

create function move_data_version_on() returns trigger language plpgsql as $$
begin
    update data_version set version = version + 1, changed_by = pg_current_xact_id()
    where changed_by is distinct from pg_current_xact_id();
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['country', 'meeting_kind', 'organization', 'source', 'official', 'position',
                             'delegation', 'delegation_member', 'delegation_reported_dates', 'meeting',
                             'meeting_country', 'meeting_participant', 'meeting_unnamed_party', 'citation', 'revision',
                             'source_aud', 'official_aud', 'position_aud', 'delegation_aud', 'delegation_member_aud',
                             'delegation_reported_dates_aud', 'meeting_aud', 'meeting_country_aud',
                             'meeting_participant_aud', 'meeting_unnamed_party_aud', 'citation_aud']
    loop
        execute format('create trigger %I before insert or update or delete or truncate on %I '
                       'for each statement execute function move_data_version_on()', t || '_data_version', t);
    end loop;
end
$$;
