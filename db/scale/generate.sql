-- Scale data set for the benchmark (src/bench/run.sh). Not a migration: Flyway never runs it.
--
--   psql -h HOST -p PORT -U postgres -d postgres -v ON_ERROR_STOP=1 -f db/scale/generate.sql \
--        -v meetings=1000000 -v officials=50000 -v delegations=10000
--
-- Fills the real schema, every constraint on, after the migrations (seed included): organizations for every
-- country, officials with positions, delegations with members and reported dates, sources, and meetings with
-- 2-8 participants, their sides and at least one citation each. Dates run 1950-2026, weighted towards recent
-- years; about 3 % are month-precise, 1 % year-precise and 1 % undated. All generated slugs start with "scale-",
-- so none collides with the seed. It records one revision ("scale generator") so that data versions change.
-- Runs once per database: when scale rows are already there, it stops without changing anything.

\if :{?meetings}
\else
\set meetings 1000000
\endif
\if :{?officials}
\else
\set officials 50000
\endif
\if :{?delegations}
\else
\set delegations 10000
\endif
\if :{?sources}
\else
\set sources 2000
\endif

\set ON_ERROR_STOP 1
set synchronous_commit = off;
set maintenance_work_mem = '256MB';
set work_mem = '64MB';

select exists (select 1 from meeting where slug like 'scale-%') as already_generated \gset
\if :already_generated
\echo 'scale data already present: nothing to do'
\quit
\endif

\timing on
begin;
select setseed(0.4242);

-- Countries in a fixed order, and the dozen that take part in half of all contacts.
create temp table gen_country as select row_number() over (order by code) as rn, code from country;
create temp table gen_const as
select (select array_agg(code order by rn) from gen_country) as codes,
       (select count(*) from gen_country)::int as ncodes,
       array['KP', 'RU', 'US', 'CN', 'KR', 'JP', 'GB', 'FR', 'DE', 'IN', 'IR', 'UA']::varchar[] as majors;

-- A country: half the time one of the majors, otherwise any.
create function pg_temp.pick_country(u1 float8, u2 float8) returns varchar language sql stable as $$
    select case when u1 < 0.5 then c.majors[1 + floor(u2 * array_length(c.majors, 1))::int]
                else c.codes[1 + floor(u2 * c.ncodes)::int] end
    from pg_temp.gen_const c
$$;
-- A start date in 1950-01-01 .. 2026-12-31, a truncated exponential with a 14-year scale towards the end.
create function pg_temp.pick_date(u float8) returns date language sql stable as $$
    select date '2026-12-31' - floor(-5000 * ln(1 - u * (1 - exp(-28124.0 / 5000))))::int
$$;

-- Organizations: a foreign ministry and a government per country.
insert into organization (slug, name, country_code, kind)
select 'scale-' || lower(c.code) || '-' || k.kind, c.code || ' ' || k.label, c.code, k.kind
from gen_country c
cross join (values ('ministry', 'Ministry of Foreign Affairs'), ('government', 'Government')) as k(kind, label);

-- Officials: one in every country first, then weighted like the contacts.
insert into official (slug, name, original_name, country_code)
select 'scale-official-' || g, 'Scale Official ' || g, case when g % 5 = 0 then '官员 ' || g end,
       case when g <= (select ncodes from gen_const) then (select codes[g] from gen_const)
            else pg_temp.pick_country(random(), random()) end
from generate_series(1, :officials) g;

create temp table gen_official as
select id, country_code, row_number() over (partition by country_code order by id) as rn
from official where slug like 'scale-official-%';
create index on gen_official (country_code, rn);
create temp table gen_official_count as select country_code, count(*)::int as n from gen_official group by 1;
analyze gen_official;
analyze gen_official_count;

insert into position (official_id, organization_id, title, start_date, end_date, ordinal)
select o.id, org.id,
       (array['Foreign Minister', 'Vice Foreign Minister', 'Ambassador', 'Deputy Prime Minister',
              'Minister for External Economic Affairs', 'Senator', 'Party Secretary', 'Director-General'])
           [1 + (o.id % 8)::int],
       s.start_date, case when p = 0 then s.start_date + 365 * (1 + (o.id % 6)::int) end, p
from gen_official o
cross join generate_series(0, 1) p
join organization org on org.country_code = o.country_code
                     and org.slug = 'scale-' || lower(o.country_code) || case when p = 0 then '-ministry' else '-government' end
cross join lateral (select date '1950-01-01' + ((o.id * 7919 + p * 3571) % 27000)::int as start_date) s
where p = 0 or o.id % 3 = 0;

insert into source (slug, publisher, headline, author, published_on, url)
select 'scale-source-' || g,
       (array['Scale Wire', 'Scale Herald', 'Scale Times', 'Scale Agency', 'Scale Daily'])[1 + g % 5],
       'Generated report ' || g, 'Reporter ' || (g % 97), pg_temp.pick_date(random()),
       'https://example.org/scale/' || g
from generate_series(1, :sources) g;
create temp table gen_source as
select row_number() over (order by id)::int as rn, id from source where slug like 'scale-source-%';
create index on gen_source (rn);

-- Delegations: a sending and a different host country, a head from the sending side, 2-5 members.
create temp table gen_delegation as
select g, s.sending, case when h.host = s.sending then 'CN' else h.host end as host,
       d.start_date, d.precision, random() as u
from generate_series(1, :delegations) g
cross join lateral (select pg_temp.pick_country(random() + g * 0, random()) as sending) s
cross join lateral (select pg_temp.pick_country(random() + g * 0, random()) as host) h
cross join lateral (select pg_temp.pick_date(random() + g * 0) as start_date,
                           case when random() + g * 0 < 0.97 then 'day' else 'month' end as precision) d;
update gen_delegation set host = 'RU' where host = sending;

insert into delegation (slug, name, sending_country, host_country, head_official_id, start_date, end_date,
                        date_precision, purpose)
select 'scale-delegation-' || d.g, 'Scale delegation ' || d.g || ' from ' || d.sending || ' to ' || d.host,
       d.sending, d.host,
       (select o.id from gen_official o join gen_official_count n using (country_code)
        where o.country_code = d.sending and o.rn = 1 + (d.g % n.n)),
       case when d.precision = 'month' then date_trunc('month', d.start_date)::date else d.start_date end,
       case when d.precision = 'month' then (date_trunc('month', d.start_date) + interval '1 month - 1 day')::date
            else d.start_date + (2 + floor(d.u * 6))::int end,
       d.precision, 'Talks on trade, culture and security'
from gen_delegation d;

create temp table gen_delegation_id as
select row_number() over (order by id)::int as rn, id, sending_country, start_date, end_date
from delegation where slug like 'scale-delegation-%';
create index on gen_delegation_id (rn);

insert into delegation_member (delegation_id, official_id, role, ordinal)
select d.id, o.id, 'Member', k
from gen_delegation_id d
cross join generate_series(0, 4) k
join gen_official_count n on n.country_code = d.sending_country
join gen_official o on o.country_code = d.sending_country and o.rn = 1 + ((d.id * 31 + k * 17) % n.n)
where k < 2 + d.id % 4
on conflict do nothing;

insert into citation (source_id, quote, claim, delegation_id, ordinal)
select s.id, 'A delegation from ' || d.sending_country || ' arrived (scale ' || d.rn || ').', 'visit', d.id, 0
from gen_delegation_id d join gen_source s on s.rn = 1 + d.rn % (select count(*) from gen_source);

insert into delegation_reported_dates (delegation_id, start_date, end_date, source_id, quote)
select d.id, d.start_date - 1, d.end_date, s.id, 'They arrived a day earlier, one report says.'
from gen_delegation_id d join gen_source s on s.rn = 1 + (d.rn * 7) % (select count(*) from gen_source)
where d.rn % 10 = 0 and d.start_date is not null;

-- Meetings: the random draws first, so that every table below sees the same ones.
create temp table gen_meeting as
select g, (select coalesce(max(id), 0) from meeting) + g as id, r.*
from generate_series(1, :meetings) g
cross join lateral (
    select random() + g * 0 as u_prec, random() as u_date, random() as u_len, random() as u_status,
           random() as u_kind, random() as u_c1a, random() as u_c1b, random() as u_c2a, random() as u_c2b,
           random() as u_c3, random() as u_parts, random() as u_deleg, random() as u_cite, random() as u_loc
) r;

create temp table gen_meeting2 as
select m.id, m.g,
       case when m.u_prec < 0.01 then 'unknown' when m.u_prec < 0.02 then 'year'
            when m.u_prec < 0.05 then 'month' else 'day' end as precision,
       pg_temp.pick_date(m.u_date) as day,
       m.u_len, m.u_status, m.u_kind, m.u_parts, m.u_deleg, m.u_cite, m.u_loc,
       pg_temp.pick_country(m.u_c1a, m.u_c1b) as c1,
       pg_temp.pick_country(m.u_c2a, m.u_c2b) as c2raw,
       case when m.u_c3 < 0.1 then pg_temp.pick_country(m.u_c3 * 10, m.u_c2a) end as c3raw
from gen_meeting m;
drop table gen_meeting;

create temp table gen_meeting3 as
select m.*,
       case when m.c2raw <> m.c1 then m.c2raw when m.c1 <> 'RU' then 'RU' else 'KP' end as c2
from gen_meeting2 m;
drop table gen_meeting2;

create temp table gen_meeting4 as
select m.id, m.g, m.precision,
       case m.precision when 'unknown' then null
                        when 'year' then make_date(extract(year from m.day)::int, 1, 1)
                        when 'month' then date_trunc('month', m.day)::date
                        else m.day end as start_date,
       case m.precision when 'unknown' then null
                        when 'year' then make_date(extract(year from m.day)::int, 12, 31)
                        when 'month' then (date_trunc('month', m.day) + interval '1 month - 1 day')::date
                        else m.day + case when m.u_len < 0.7 then 0 when m.u_len < 0.9 then 1
                                          else 2 + floor((m.u_len - 0.9) * 40)::int end end as end_date,
       m.u_status, m.u_kind, m.u_deleg, m.u_loc,
       2 + floor(m.u_parts * 7)::int as nparts,
       1 + floor(m.u_cite * 2)::int as ncite,
       m.c1, m.c2, case when m.c3raw not in (m.c1, m.c2) then m.c3raw end as c3
from gen_meeting3 m;
drop table gen_meeting3;
analyze gen_meeting4;

insert into meeting (id, slug, title, start_date, end_date, date_precision, status, kind_code, city, venue,
                     location_country, summary, topics, delegation_id)
select m.id, 'scale-meeting-' || m.g,
       'Talks between ' || m.c1 || ' and ' || m.c2 || ' officials (scale ' || m.g || ')',
       m.start_date, m.end_date, m.precision,
       case when m.start_date > date '2026-11-01' then 'planned'
            when m.u_status < 0.93 then 'held' when m.u_status < 0.97 then 'speculated' else 'cancelled' end,
       (array['036', '040', '042', '043', '044', '046'])[1 + floor(m.u_kind * 6)::int],
       'City ' || (m.g % 997), case when m.g % 4 = 0 then 'Guesthouse of the foreign ministry' end,
       case when m.u_loc < 0.5 then m.c1 else m.c2 end,
       'Officials of ' || m.c1 || ' and ' || m.c2 || ' discussed trade, security and cultural exchanges, '
           || 'according to a generated report.',
       case m.g % 4 when 0 then array['trade', 'security'] when 1 then array['culture']
                    when 2 then array['sanctions', 'energy'] else array[]::text[] end,
       case when m.u_deleg < 0.05 then (select d.id from gen_delegation_id d
                                        where d.rn = 1 + (m.g % (select count(*) from gen_delegation_id))) end
from gen_meeting4 m;

-- A meeting's sides, participants and citations are stored together, in meeting order, as an editor's write stores
-- them (one meeting at a time), not scattered across the tables.
insert into meeting_country (meeting_id, country_code)
select id, c from (select id, c1 as c, 1 as o from gen_meeting4
                   union all select id, c2, 2 from gen_meeting4
                   union all select id, c3, 3 from gen_meeting4 where c3 is not null) s
order by id, o;

-- Participants alternate between the sides; a repeated draw of the same person is dropped.
insert into meeting_participant (meeting_id, official_id, role, ordinal)
select m.id, o.id,
       (array['Foreign Minister', 'Vice Foreign Minister', 'Ambassador', 'Deputy Prime Minister', 'Senator',
              'Party Secretary'])[1 + ((m.g + k) % 6)::int],
       k
from gen_meeting4 m
cross join lateral generate_series(0, m.nparts - 1) k
cross join lateral (select case when m.c3 is null then (array[m.c1, m.c2])[1 + k % 2]
                                else (array[m.c1, m.c2, m.c3])[1 + k % 3] end as side) s
join gen_official_count n on n.country_code = s.side
join gen_official o on o.country_code = s.side and o.rn = 1 + ((m.g * 7 + k * 131) % n.n)
order by m.id, k
on conflict do nothing;

insert into citation (source_id, quote, claim, meeting_id, ordinal)
select src.id, 'Officials of ' || m.c1 || ' and ' || m.c2 || ' met, the report says (scale ' || m.g || ').',
       case when k = 0 then 'participants and date' else 'place' end, m.id, k
from gen_meeting4 m
cross join lateral generate_series(0, m.ncite - 1) k
join gen_source src on src.rn = 1 + ((m.g * 13 + k * 7) % (select count(*) from gen_source))
order by m.id, k;

-- Explicit meeting ids: move the identity on past them.
select setval(pg_get_serial_sequence('meeting', 'id'), (select max(id) from meeting));

insert into revision (made_at, editor) values (now(), 'scale generator');
commit;

analyze;
select (select count(*) from meeting) as meetings, (select count(*) from meeting_participant) as participants,
       (select count(*) from official) as officials, (select count(*) from delegation) as delegations,
       (select count(*) from citation) as citations;
