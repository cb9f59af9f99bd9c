-- Counts of contacts over time (/api/v1/stats) without counting a million rows at each request: a rollup of contacts
-- by the month they started in, kept by the database in the same transaction as every write, whoever writes (the
-- service, psql, the scale generator), as V7 and V9 keep their copies.
--
-- Each contact adds one to a row of each grain:
--   total  once per contact                           (country, country2 empty)
--   host   once per contact, under its host country   (country = host, or empty when no place is recorded)
--   side   once per side                               (country = the side)
--   pair   once per pair of sides                      (country < country2)
-- so a meeting of KP, RU and CN counts once in total, three times in side (KP, RU, CN) and three times in pair.
-- Precision stays honest: a contact known to the day or to the month is in the bucket of its month; one known only
-- to its year is in the bucket of its year (precision 'year'), never in a month; an undated one has no bucket.
-- A contact spanning two months counts once, in the month it started.

create function contact_bucket(start_date date, date_precision text) returns date
    language sql immutable parallel safe
    return case date_precision when 'unknown' then null
                               when 'year' then date_trunc('year', start_date::timestamp)::date
                               else date_trunc('month', start_date::timestamp)::date end;

create function contact_precision(date_precision text) returns text
    language sql immutable parallel safe
    return case date_precision when 'unknown' then 'none' when 'year' then 'year' else 'month' end;

create table contact_count (
    grain     varchar(5)  not null check (grain in ('total', 'host', 'side', 'pair')),
    country   varchar(2)  not null default '',
    country2  varchar(2)  not null default '',
    type      varchar(10) not null check (type in ('meeting', 'delegation')),
    bucket    date        check (extract(day from bucket) = 1),
    precision varchar(5)  not null check (precision in ('month', 'year', 'none')),
    kind      varchar(4)  not null default '',
    status    varchar(12) not null,
    contacts  bigint      not null,
    check ((bucket is null) = (precision = 'none')),
    -- the order of the questions: a grain, its countries, then a range of months
    constraint contact_count_key unique nulls not distinct (grain, country, country2, type, bucket, precision, kind, status)
);
-- rows that fell to zero, removed at the end of each change
create index contact_count_zero_idx on contact_count (grain) where contacts = 0;

-- The statement that applies the contributions of changed meetings (sign +1 for the new state, -1 for the old) to
-- every grain: total and host from the meeting's own columns, side and pair from its current sides. The trigger runs
-- it itself (only the trigger's own statements see its transition tables).
create function contact_count_meetings_sql(changes text) returns text language sql immutable
    return format($sql$
        insert into contact_count as c (grain, country, country2, type, bucket, precision, kind, status, contacts)
        select g.grain, g.country, g.country2, 'meeting', contact_bucket(x.start_date, x.date_precision),
               contact_precision(x.date_precision), x.kind_code, x.status, sum(x.sign)
        from (%s) x
        cross join lateral (
            select 'total' as grain, '' as country, '' as country2
            union all select 'host', coalesce(x.location_country, ''), ''
            union all select 'side', s.country_code, '' from meeting_country s where s.meeting_id = x.id
            union all select 'pair', a.country_code, b.country_code
                      from meeting_country a join meeting_country b on b.meeting_id = a.meeting_id and a.country_code < b.country_code
                      where a.meeting_id = x.id) g
        group by 1, 2, 3, 4, 5, 6, 7, 8
        having sum(x.sign) <> 0
        order by 1, 2, 3, 4, 5, 6, 7, 8
        on conflict on constraint contact_count_key do update set contacts = c.contacts + excluded.contacts
    $sql$, changes);

create function contact_count_meetings() returns trigger language plpgsql as $$
begin
    execute contact_count_meetings_sql(case tg_op
        when 'INSERT' then
            'select 1 as sign, id, start_date, date_precision, status, kind_code, location_country from new_rows'
        when 'DELETE' then
            'select -1 as sign, id, start_date, date_precision, status, kind_code, location_country from old_rows'
        else
            -- only the rows whose counted columns changed (the search documents rewrite meetings often)
            'select s.* from old_rows o join new_rows n using (id)
             cross join lateral (values
                 (-1, o.id, o.start_date, o.date_precision, o.status, o.kind_code, o.location_country),
                 (1, n.id, n.start_date, n.date_precision, n.status, n.kind_code, n.location_country))
                 s(sign, id, start_date, date_precision, status, kind_code, location_country)
             where (o.start_date, o.date_precision, o.status, o.kind_code, o.location_country)
                   is distinct from (n.start_date, n.date_precision, n.status, n.kind_code, n.location_country)'
        end);
    delete from contact_count where contacts = 0;
    return null;
end
$$;

create trigger meeting_count_insert after insert on meeting
    referencing new table as new_rows for each statement execute function contact_count_meetings();
create trigger meeting_count_update after update on meeting
    referencing old table as old_rows new table as new_rows for each statement execute function contact_count_meetings();
create trigger meeting_count_delete after delete on meeting
    referencing old table as old_rows for each statement execute function contact_count_meetings();

-- A meeting's sides are counted with the meeting's columns, which are gone once the meeting is: its sides are
-- uncounted just before it is deleted, with the columns it still has. The cascade then removes the sides; the
-- statement trigger of the sides finds no meeting for them and counts nothing twice. (The sides are not deleted
-- here: that would rewrite the meeting's facets (V10) while the meeting is being deleted, which PostgreSQL refuses.)
create function meeting_uncount_sides() returns trigger language plpgsql as $$
begin
    insert into contact_count as c (grain, country, country2, type, bucket, precision, kind, status, contacts)
    select g.grain, g.country, g.country2, 'meeting', contact_bucket(old.start_date, old.date_precision),
           contact_precision(old.date_precision), old.kind_code, old.status, -count(*)
    from (
        select 'side' as grain, s.country_code as country, '' as country2 from meeting_country s where s.meeting_id = old.id
        union all
        select 'pair', a.country_code, b.country_code
        from meeting_country a join meeting_country b on b.meeting_id = a.meeting_id and a.country_code < b.country_code
        where a.meeting_id = old.id) g
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict on constraint contact_count_key do update set contacts = c.contacts + excluded.contacts;
    return old;
end
$$;

create trigger meeting_uncount_sides before delete on meeting
    for each row execute function meeting_uncount_sides();

-- Sides that change: side and pair rows of the meetings touched, their sides after the statement counted in and
-- their sides before it counted out (pairs that did not change cancel out).
create function contact_count_sides() returns trigger language plpgsql as $$
declare
    added text := case when tg_op in ('INSERT', 'UPDATE') then 'new_rows'
                       else '(select null::bigint as meeting_id, null::varchar as country_code where false)' end;
    removed text := case when tg_op in ('DELETE', 'UPDATE') then 'old_rows'
                         else '(select null::bigint as meeting_id, null::varchar as country_code where false)' end;
begin
    execute format($sql$
        with touched as (
            select meeting_id from %1$s a union select meeting_id from %2$s r
        ), after_change as (
            select s.meeting_id, s.country_code from meeting_country s where s.meeting_id in (select meeting_id from touched)
        ), sides as (
            select 1 as sign, meeting_id, country_code from after_change
            union all
            select -1, meeting_id, country_code from after_change s
            where not exists (select 1 from %1$s a where a.meeting_id = s.meeting_id and a.country_code = s.country_code)
            union all
            select -1, meeting_id, country_code from %2$s r
        ), counted as (
            select sign, meeting_id, 'side' as grain, country_code as country, '' as country2 from sides
            union all
            select a.sign, a.meeting_id, 'pair', a.country_code, b.country_code
            from sides a join sides b on b.sign = a.sign and b.meeting_id = a.meeting_id and a.country_code < b.country_code
        )
        insert into contact_count as c (grain, country, country2, type, bucket, precision, kind, status, contacts)
        select x.grain, x.country, x.country2, 'meeting', contact_bucket(m.start_date, m.date_precision),
               contact_precision(m.date_precision), m.kind_code, m.status, sum(x.sign)
        from counted x join meeting m on m.id = x.meeting_id
        group by 1, 2, 3, 4, 5, 6, 7, 8
        having sum(x.sign) <> 0
        order by 1, 2, 3, 4, 5, 6, 7, 8
        on conflict on constraint contact_count_key do update set contacts = c.contacts + excluded.contacts
    $sql$, added, removed);
    delete from contact_count where contacts = 0;
    return null;
end
$$;

create trigger meeting_country_count_insert after insert on meeting_country
    referencing new table as new_rows for each statement execute function contact_count_sides();
create trigger meeting_country_count_update after update on meeting_country
    referencing old table as old_rows new table as new_rows for each statement execute function contact_count_sides();
create trigger meeting_country_count_delete after delete on meeting_country
    referencing old table as old_rows for each statement execute function contact_count_sides();

-- Delegation visits: all of a visit's grains come from its own row; its sides are the sending and the host country,
-- its host the host country; it has no kind and counts as held.
create function contact_count_delegations_sql(changes text) returns text language sql immutable
    return format($sql$
        insert into contact_count as c (grain, country, country2, type, bucket, precision, kind, status, contacts)
        select g.grain, g.country, g.country2, 'delegation', contact_bucket(x.start_date, x.date_precision),
               contact_precision(x.date_precision), '', 'held', sum(x.sign)
        from (%s) x
        cross join lateral (
            select 'total' as grain, '' as country, '' as country2
            union all select 'host', x.host_country, ''
            union all select 'side', x.sending_country, ''
            union all select 'side', x.host_country, '' where x.host_country <> x.sending_country
            union all select 'pair', least(x.sending_country, x.host_country), greatest(x.sending_country, x.host_country)
                      where x.host_country <> x.sending_country) g
        group by 1, 2, 3, 4, 5, 6, 7, 8
        having sum(x.sign) <> 0
        order by 1, 2, 3, 4, 5, 6, 7, 8
        on conflict on constraint contact_count_key do update set contacts = c.contacts + excluded.contacts
    $sql$, changes);

create function contact_count_delegations() returns trigger language plpgsql as $$
begin
    execute contact_count_delegations_sql(case tg_op
        when 'INSERT' then 'select 1 as sign, start_date, date_precision, sending_country, host_country from new_rows'
        when 'DELETE' then 'select -1 as sign, start_date, date_precision, sending_country, host_country from old_rows'
        else
            'select s.* from old_rows o join new_rows n using (id)
             cross join lateral (values
                 (-1, o.start_date, o.date_precision, o.sending_country, o.host_country),
                 (1, n.start_date, n.date_precision, n.sending_country, n.host_country))
                 s(sign, start_date, date_precision, sending_country, host_country)
             where (o.start_date, o.date_precision, o.sending_country, o.host_country)
                   is distinct from (n.start_date, n.date_precision, n.sending_country, n.host_country)'
        end);
    delete from contact_count where contacts = 0;
    return null;
end
$$;

create trigger delegation_count_insert after insert on delegation
    referencing new table as new_rows for each statement execute function contact_count_delegations();
create trigger delegation_count_update after update on delegation
    referencing old table as old_rows new table as new_rows for each statement execute function contact_count_delegations();
create trigger delegation_count_delete after delete on delegation
    referencing old table as old_rows for each statement execute function contact_count_delegations();

-- Count what is already stored.
do $$
begin
    execute contact_count_meetings_sql(
        'select 1 as sign, id, start_date, date_precision, status, kind_code, location_country from meeting');
    execute contact_count_delegations_sql(
        'select 1 as sign, start_date, date_precision, sending_country, host_country from delegation');
end
$$;

analyze contact_count;
