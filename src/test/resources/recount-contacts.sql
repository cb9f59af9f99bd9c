-- The rollup as it should be, counted from scratch; the rows where contact_count differs (none when it is right).
with expected as (
    select g.grain, g.country, g.country2, 'meeting' as type, contact_bucket(m.start_date, m.date_precision) as bucket,
           contact_precision(m.date_precision) as precision, m.kind_code as kind, m.status, count(*) as contacts
    from meeting m
    cross join lateral (
        select 'total' as grain, '' as country, '' as country2
        union all select 'host', coalesce(m.location_country, ''), ''
        union all select 'side', s.country_code, '' from meeting_country s where s.meeting_id = m.id
        union all select 'pair', a.country_code, b.country_code
                  from meeting_country a join meeting_country b on b.meeting_id = a.meeting_id and a.country_code < b.country_code
                  where a.meeting_id = m.id) g
    group by 1, 2, 3, 4, 5, 6, 7, 8
    union all
    select g.grain, g.country, g.country2, 'delegation', contact_bucket(d.start_date, d.date_precision),
           contact_precision(d.date_precision), '', 'held', count(*)
    from delegation d
    cross join lateral (
        select 'total' as grain, '' as country, '' as country2
        union all select 'host', d.host_country, ''
        union all select 'side', d.sending_country, ''
        union all select 'side', d.host_country, '' where d.host_country <> d.sending_country
        union all select 'pair', least(d.sending_country, d.host_country), greatest(d.sending_country, d.host_country)
                  where d.host_country <> d.sending_country) g
    group by 1, 2, 3, 4, 5, 6, 7, 8
)
select coalesce(e.grain, c.grain) as grain, coalesce(e.country, c.country) as country,
       coalesce(e.country2, c.country2) as country2, coalesce(e.type, c.type) as type,
       coalesce(e.bucket, c.bucket) as bucket, coalesce(e.kind, c.kind) as kind,
       coalesce(e.status, c.status) as status, e.contacts as expected, c.contacts as counted
from expected e
full join contact_count c on (c.grain, c.country, c.country2, c.type, c.precision, c.kind, c.status)
        = (e.grain, e.country, e.country2, e.type, e.precision, e.kind, e.status)
    and c.bucket is not distinct from e.bucket
where e.contacts is distinct from c.contacts
