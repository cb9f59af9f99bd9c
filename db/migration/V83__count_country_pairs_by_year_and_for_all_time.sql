-- The world's country network of a year, or of all time (/api/v1/network?level=country), summed the monthly rows of
-- contact_count (V30) over every kind, status and precision: at 1,000,000 meetings 60,000 rows for a year and
-- 1,000,000 for all time, to give 16,000 and 31,000 edges. This rollup of that rollup keeps the sums by year and for
-- all time (period 0, undated contacts included), with each row's first and last month, so such a network reads one
-- row an edge. A trigger on contact_count keeps it in the same transaction as every change of the monthly counts.
-- Only the grains the network reads: total, side (its nodes) and pair (its edges).

create table contact_count_period (
    period   integer     not null check (period >= 0),
    grain    varchar(5)  not null check (grain in ('total', 'side', 'pair')),
    type     varchar(10) not null check (type in ('meeting', 'delegation')),
    country  varchar(2)  not null,
    country2 varchar(2)  not null,
    contacts bigint      not null,
    first    date,
    last     date,
    primary key (period, grain, type, country, country2)
);

insert into contact_count_period (period, grain, type, country, country2, contacts, first, last)
select extract(year from bucket)::integer, grain, type, country, country2, sum(contacts), min(bucket), max(bucket)
from contact_count
where grain in ('total', 'side', 'pair') and bucket is not null and contacts > 0
group by 1, 2, 3, 4, 5
union all
select 0, grain, type, country, country2, sum(contacts), min(bucket), max(bucket)
from contact_count
where grain in ('total', 'side', 'pair') and contacts > 0
group by 1, 2, 3, 4, 5;

-- A monthly row's change added to its year's row and to the all-time row. When a count falls, the first and last
-- month are found again among the monthly rows still counting (by the key of contact_count: a few rows a pair).
create function contact_count_period_apply() returns trigger language plpgsql as $$
declare
    r contact_count;
    delta bigint;
begin
    if tg_op = 'DELETE' then
        r := old;
        delta := -old.contacts;
    elsif tg_op = 'INSERT' then
        r := new;
        delta := new.contacts;
    else
        r := new;
        delta := new.contacts - old.contacts;
    end if;
    if delta = 0 or r.grain not in ('total', 'side', 'pair') then
        return null;
    end if;
    insert into contact_count_period as p (period, grain, type, country, country2, contacts, first, last)
    select periods.period, r.grain, r.type, r.country, r.country2, delta, r.bucket, r.bucket
    from (select 0 as period union all select extract(year from r.bucket)::integer where r.bucket is not null) periods
    order by 1
    on conflict (period, grain, type, country, country2) do update
        set contacts = p.contacts + excluded.contacts,
            first = least(p.first, excluded.first),
            last = greatest(p.last, excluded.last);
    if delta < 0 then
        delete from contact_count_period p
        where p.grain = r.grain and p.type = r.type and p.country = r.country and p.country2 = r.country2
          and p.period in (0, coalesce(extract(year from r.bucket)::integer, 0)) and p.contacts <= 0;
        update contact_count_period p
        set (first, last) = (
            select min(c.bucket), max(c.bucket) from contact_count c
            where c.grain = r.grain and c.country = r.country and c.country2 = r.country2 and c.type = r.type
              and c.contacts > 0
              and (p.period = 0 or (c.bucket >= make_date(p.period, 1, 1) and c.bucket < make_date(p.period + 1, 1, 1))))
        where p.grain = r.grain and p.type = r.type and p.country = r.country and p.country2 = r.country2
          and p.period in (0, coalesce(extract(year from r.bucket)::integer, 0));
    end if;
    return null;
end
$$;

create trigger contact_count_period_apply after insert or update of contacts or delete on contact_count
    for each row execute function contact_count_period_apply();
