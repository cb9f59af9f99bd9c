-- The counts by host (/api/v1/stats?by=host, or host=) over all years read the monthly host rows of contact_count
-- (V30): 0.6 s at 1,000,000 meetings. The sums by year (V83) keep the host grain as well, so that counts by year read
-- one row a host and year, as they do for countries and pairs.
alter table contact_count_period
    drop constraint contact_count_period_grain_check,
    add constraint contact_count_period_grain_check check (grain in ('total', 'side', 'pair', 'host'));

insert into contact_count_period (period, grain, type, country, country2, contacts, first, last)
select extract(year from bucket)::integer, grain, type, country, country2, sum(contacts), min(bucket), max(bucket)
from contact_count
where grain = 'host' and bucket is not null and contacts > 0
group by 1, 2, 3, 4, 5
union all
select 0, grain, type, country, country2, sum(contacts), min(bucket), max(bucket)
from contact_count
where grain = 'host' and contacts > 0
group by 1, 2, 3, 4, 5;

-- V83's function, the host grain added
create or replace function contact_count_period_apply() returns trigger language plpgsql as $$
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
    if delta = 0 or r.grain not in ('total', 'side', 'pair', 'host') then
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

