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

-- Text. Drawn from hashes of a row's number (not from random()), so that every value drawn with random() above and
-- below (dates, sides, participants) stays what it was before the text was varied.
-- A uniform number in [0, 1) for row x and draw salt.
create function pg_temp.u(x bigint, salt bigint) returns float8 language sql immutable as $$
    select (hashint8extended(x, salt) & 9007199254740991)::float8 / 9007199254740992.0
$$;
-- A rank in 1..n with a Zipf-like frequency: rank r is drawn with probability ln((r + 1) / r) / ln(n + 1), so with
-- n = 20000 rank 1 comes in 7 % of draws, rank 10 in 1 %, rank 1000 in 0.01 %, rank 20000 in 0.0005 %.
create function pg_temp.zipf(u float8, n int) returns int language sql immutable as $$
    select least(n, floor(exp(u * ln(n + 1.0)))::int)
$$;
-- The vocabulary by rank: 120 words of diplomatic reporting, then made-up words of three syllables (one per rank
-- below 343000). Words are drawn from ranks 1..20000; the ranks past it are never drawn as words, so they match
-- nothing, except where used below as cities (30000..), venues (40000..) and family names (50000..).
create function pg_temp.word(r int) returns text language sql immutable as $$
    select case when r <= 120 then (array[
        'cooperation', 'security', 'economic', 'trade', 'relations', 'bilateral', 'development', 'peace', 'nuclear',
        'energy', 'sanctions', 'investment', 'culture', 'regional', 'defence', 'military', 'agreement', 'dialogue',
        'friendship', 'exchanges', 'summit', 'strategic', 'partnership', 'humanitarian', 'assistance', 'tourism',
        'education', 'science', 'technology', 'agriculture', 'fisheries', 'railways', 'health', 'maritime', 'border',
        'customs', 'visas', 'labour', 'finance', 'banking', 'petroleum', 'pipelines', 'shipping', 'harbours',
        'aviation', 'satellites', 'cybersecurity', 'climate', 'environment', 'irrigation', 'grain', 'fertilizer',
        'medicine', 'sports', 'youth', 'broadcasting', 'cinema', 'orchestras', 'heritage', 'linguistics',
        'scholarships', 'veterans', 'legislature', 'ideology', 'reunification', 'denuclearization', 'missiles',
        'inspections', 'treaty', 'protocol', 'memorandum', 'consultations', 'negotiations', 'ceremony', 'reception',
        'banquet', 'anniversary', 'condolences', 'congratulations', 'mining', 'coal', 'steel', 'textiles',
        'electricity', 'construction', 'housing', 'logistics', 'telecommunications', 'archives', 'consular',
        'repatriation', 'refugees', 'minorities', 'religion', 'pharmaceuticals', 'vaccines', 'pandemic', 'disasters',
        'relief', 'forestry', 'hydropower', 'uranium', 'weapons', 'ammunition', 'drones', 'intelligence', 'policing',
        'justice', 'elections', 'observers', 'monitoring', 'peacekeeping', 'disarmament', 'demining', 'oceanography',
        'glaciers', 'volleyball', 'chess', 'calligraphy', 'ballet'])[r]
    else s[1 + m % 70] || s[1 + (m / 70) % 70] || s[1 + (m / 4900) % 70] end
    from (select array[
        'ba', 'be', 'bi', 'bo', 'bu', 'da', 'de', 'di', 'do', 'du', 'fa', 'fe', 'fi', 'fo', 'fu', 'ga', 'ge', 'gi',
        'go', 'gu', 'ka', 'ke', 'ki', 'ko', 'ku', 'la', 'le', 'li', 'lo', 'lu', 'ma', 'me', 'mi', 'mo', 'mu', 'na',
        'ne', 'ni', 'no', 'nu', 'pa', 'pe', 'pi', 'po', 'pu', 'ra', 're', 'ri', 'ro', 'ru', 'sa', 'se', 'si', 'so',
        'su', 'ta', 'te', 'ti', 'to', 'tu', 'va', 've', 'vi', 'vo', 'vu', 'za', 'ze', 'zi', 'zo', 'zu'] as s,
                 -- rank to syllables: a one-to-one scramble of 0 .. 70^3 - 1, so that neighbouring ranks differ
                 (r::bigint * 7919 % 343000)::int as m) syllables
$$;
-- A word of the vocabulary for row x and draw salt.
create function pg_temp.w(x bigint, salt bigint) returns text language sql immutable as $$
    select pg_temp.word(pg_temp.zipf(pg_temp.u(x, salt), 20000))
$$;
-- A topic: the same words, drawn from the first 200 (tags repeat more than prose does).
create function pg_temp.topic(x bigint, salt bigint) returns text language sql immutable as $$
    select pg_temp.word(pg_temp.zipf(pg_temp.u(x, salt), 200))
$$;
create function pg_temp.city(x bigint) returns text language sql immutable as $$
    select case when r <= 55 then (array[
        'Pyongyang', 'Moscow', 'Beijing', 'Seoul', 'Tokyo', 'Washington', 'Vladivostok', 'Hanoi', 'Ulaanbaatar',
        'Vientiane', 'Havana', 'Tehran', 'Damascus', 'Minsk', 'Kyiv', 'Astana', 'Geneva', 'Singapore', 'Jakarta',
        'Bangkok', 'Berlin', 'Zürich', 'Paris', 'London', 'New Delhi', 'Islamabad', 'Cairo', 'Shenyang', 'Dandong',
        'Kaesong', 'Panmunjom', 'Sinuiju', 'Rason', 'Wonsan', 'Busan', 'Osaka', 'Bogotá', 'Stockholm', 'Helsinki',
        'Vienna', 'Rome', 'Madrid', 'Lisbon', 'Warsaw', 'Prague', 'Brasília', 'Budapest', 'Sofia', 'Bucharest',
        'Reykjavík', 'Belgrade', 'Ankara', 'Asunción', 'Khabarovsk', 'Kraków'])[r]
    else initcap(pg_temp.word(30000 + r)) end
    from (select pg_temp.zipf(pg_temp.u(x, 40), 3000) as r) z
$$;
create function pg_temp.venue(x bigint) returns text language sql immutable as $$
    select case when r <= 20 then (array[
        'Kumsusan Guesthouse', 'Paekhwawon State Guesthouse', 'Mansudae Assembly Hall', 'Kremlin',
        'Great Hall of the People', 'Diaoyutai State Guesthouse', 'Blue House', 'Peace House', 'White House',
        'Élysée Palace', 'Guesthouse of the foreign ministry', 'Palais des Nations', 'Kim Il Sung Square',
        'Sochi Residence', 'Capella Hotel', 'Metropole Hotel', 'Ryugyong Hotel', 'Koryo Hotel', 'Yanggakdo Hotel',
        'Far Eastern Federal University'])[r]
    else 'Hotel ' || initcap(pg_temp.word(40000 + r)) end
    from (select pg_temp.zipf(pg_temp.u(x, 41), 500) as r) z
$$;
-- A person's name (in Latin letters) and original name (in the script of the country, where it has another one):
-- Korean in Hangul, Russian, Ukrainian, Belarusian and Kazakh in Cyrillic, Chinese and Japanese in their characters;
-- some European and Latin American names with accents; made-up family names elsewhere. x: the person's number,
-- salt: which person of that number (an official, an author).
create function pg_temp.person(x bigint, salt bigint, country varchar, out name text, out original_name text)
language sql immutable as $$
    select case grp
               when 'ko' then kf[1 + f % 15] || ' ' || kg[1 + a % 20] || ' ' || kg[1 + b % 20]
               when 'ru' then rg[1 + a % 14] || ' ' || rf[1 + f % 20]
               when 'zh' then zf[1 + f % 10] || ' ' || zg[1 + a % 14]
               when 'ja' then jg[1 + a % 8] || ' ' || jf[1 + f % 8]
               when 'eu' then eg[1 + a % 12] || ' ' || ef[1 + f % 16]
               else og[1 + a % 16] || ' ' || initcap(pg_temp.word(50000 + 1 + f)) end,
           case grp
               when 'ko' then kfh[1 + f % 15] || kgh[1 + a % 20] || kgh[1 + b % 20]
               when 'ru' then rgc[1 + a % 14] || ' ' || rfc[1 + f % 20]
               when 'zh' then zfh[1 + f % 10] || zgh[1 + a % 14]
               when 'ja' then jfh[1 + f % 8] || jgh[1 + a % 8] end
    from (select case when country in ('KP', 'KR') then 'ko'
                      when country in ('RU', 'SU', 'UA', 'BY', 'KZ') then 'ru'
                      when country in ('CN', 'TW') then 'zh' when country = 'JP' then 'ja'
                      when country in ('FR', 'DE', 'ES', 'PT', 'BR', 'VN', 'CZ', 'PL', 'TR', 'HU', 'SE', 'NO', 'DK',
                                       'AT', 'CH', 'BE', 'IS', 'MX', 'AR', 'CO') then 'eu' else 'other' end as grp,
                 -- family names the more common the lower their rank; given names uniform
                 pg_temp.zipf(pg_temp.u(x, salt * 10 + 1), 3000) - 1 as f,
                 floor(pg_temp.u(x, salt * 10 + 2) * 1000)::int as a, floor(pg_temp.u(x, salt * 10 + 3) * 1000)::int as b,
                 array['Kim', 'Ri', 'Pak', 'Choe', 'Jong', 'Kang', 'Jo', 'Yun', 'Jang', 'Rim', 'Han', 'O', 'So', 'Sin', 'Kwon'] as kf,
                 array['김', '리', '박', '최', '정', '강', '조', '윤', '장', '림', '한', '오', '서', '신', '권'] as kfh,
                 array['Yong', 'Jae', 'Chol', 'Nam', 'Il', 'Su', 'Ho', 'Song', 'Min', 'Kwang', 'Hyok', 'Chun', 'Myong',
                       'Son', 'Hui', 'Hyon', 'Guk', 'Jin', 'Ryong', 'Un'] as kg,
                 array['영', '재', '철', '남', '일', '수', '호', '성', '민', '광', '혁', '춘', '명', '선', '희', '현', '국',
                       '진', '룡', '은'] as kgh,
                 array['Morgulov', 'Ivanov', 'Lavrov', 'Petrov', 'Smirnov', 'Kuznetsov', 'Popov', 'Volkov', 'Sokolov',
                       'Kozlov', 'Novikov', 'Morozov', 'Lebedev', 'Yegorov', 'Pavlov', 'Semyonov', 'Zaytsev', 'Borisov',
                       'Orlov', 'Rudenko'] as rf,
                 array['Моргулов', 'Иванов', 'Лавров', 'Петров', 'Смирнов', 'Кузнецов', 'Попов', 'Волков', 'Соколов',
                       'Козлов', 'Новиков', 'Морозов', 'Лебедев', 'Егоров', 'Павлов', 'Семёнов', 'Зайцев', 'Борисов',
                       'Орлов', 'Руденко'] as rfc,
                 array['Igor', 'Sergey', 'Alexander', 'Andrey', 'Dmitry', 'Nikolay', 'Vladimir', 'Mikhail', 'Oleg',
                       'Alexey', 'Maria', 'Yelena', 'Olga', 'Anna'] as rg,
                 array['Игорь', 'Сергей', 'Александр', 'Андрей', 'Дмитрий', 'Николай', 'Владимир', 'Михаил', 'Олег',
                       'Алексей', 'Мария', 'Елена', 'Ольга', 'Анна'] as rgc,
                 array['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'] as zf,
                 array['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'] as zfh,
                 array['Wei', 'Fang', 'Min', 'Jing', 'Qiang', 'Lei', 'Jun', 'Yi', 'Yong', 'Yan', 'Jie', 'Tao', 'Ming', 'Chao'] as zg,
                 array['伟', '芳', '敏', '静', '强', '磊', '军', '毅', '勇', '艳', '杰', '涛', '明', '超'] as zgh,
                 array['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura'] as jf,
                 array['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村'] as jfh,
                 array['Taro', 'Ken', 'Hiroshi', 'Makoto', 'Hanako', 'Yoko', 'Daisuke', 'Naoki'] as jg,
                 array['太郎', '健', '博', '誠', '花子', '洋子', '大輔', '直樹'] as jgh,
                 array['Müller', 'Martin', 'Gonçalves', 'Pérez', 'Schmidt', 'Dvořák', 'Nguyễn', 'Silva', 'Søndergaard',
                       'Łukasiewicz', 'Özdemir', 'Kovács', 'Lefèvre', 'García', 'Schröder', 'Novák'] as ef,
                 array['José', 'Thomas', 'François', 'Anna', 'Zoë', 'Jürgen', 'Paul', 'André', 'Ana', 'Łucja', 'Hélène',
                       'Søren'] as eg,
                 array['Ahmed', 'John', 'Maria', 'Fatima', 'David', 'Ali', 'Sarah', 'Peter', 'Omar', 'Grace', 'Samuel',
                       'Leila', 'Daniel', 'Amina', 'Michael', 'Nadia'] as og) p
$$;

-- Organizations: a foreign ministry and a government per country.
insert into organization (slug, name, country_code, kind)
select 'scale-' || lower(c.code) || '-' || k.kind, c.code || ' ' || k.label, c.code, k.kind
from gen_country c
cross join (values ('ministry', 'Ministry of Foreign Affairs'), ('government', 'Government')) as k(kind, label);

-- Officials: one in every country first, then weighted like the contacts.
insert into official (slug, name, original_name, country_code)
select 'scale-official-' || o.g, p.name, p.original_name, o.country_code
from (select g, case when g <= (select ncodes from gen_const) then (select codes[g] from gen_const)
                     else pg_temp.pick_country(random(), random()) end as country_code
      from generate_series(1, :officials) g) o
cross join lateral pg_temp.person(o.g, 1, o.country_code) p
order by o.g;

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
       (array['Korean Central News Agency', 'Yonhap', 'TASS', 'Xinhua', 'NK News', 'Rodong Sinmun', 'Reuters',
              'Associated Press', 'Kyodo', 'RIA Novosti', 'Korea Times', 'Korea Herald', 'Agence France-Presse',
              'BBC Monitoring', 'Interfax', 'Global Times', 'People''s Daily', 'Voice of Korea', 'Daily NK',
              '38 North', 'Nikkei', 'Asahi Shimbun', 'The Diplomat', 'Le Monde', 'Deutsche Welle'])
           [pg_temp.zipf(pg_temp.u(g, 60), 25)],
       initcap(pg_temp.w(g, 61)) || ' and ' || pg_temp.w(g, 62) || ' on the agenda of ' || pg_temp.w(g, 63) || ' talks',
       case when pg_temp.u(g, 64) >= 0.1 then (pg_temp.person(g, 2, (array['US', 'GB', 'FR', 'KR', 'RU', 'JP'])
                                                                     [1 + floor(pg_temp.u(g, 65) * 6)::int])).name end,
       pg_temp.pick_date(random()), 'https://example.org/scale/' || g
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
                        date_precision, purpose, notes)
select 'scale-delegation-' || d.g,
       (select name from country where code = d.sending) || ' '
           || (array['government', 'parliamentary', 'party', 'military', 'trade', 'cultural', 'sports', 'youth',
                     'friendship', 'women''s'])[pg_temp.zipf(pg_temp.u(d.g, 70), 10)]
           || ' delegation to ' || (select name from country where code = d.host),
       d.sending, d.host,
       (select o.id from gen_official o join gen_official_count n using (country_code)
        where o.country_code = d.sending and o.rn = 1 + (d.g % n.n)),
       case when d.precision = 'month' then date_trunc('month', d.start_date)::date else d.start_date end,
       case when d.precision = 'month' then (date_trunc('month', d.start_date) + interval '1 month - 1 day')::date
            else d.start_date + (2 + floor(d.u * 6))::int end,
       d.precision,
       'Talks on ' || pg_temp.w(d.g, 71) || ', ' || pg_temp.w(d.g, 72) || ' and ' || pg_temp.w(d.g, 73),
       case when pg_temp.u(d.g, 74) < 0.3 then 'Also visited ' || pg_temp.city(d.g) || ' to see '
                                                || pg_temp.w(d.g, 75) || ' sites' end
from gen_delegation d
order by d.g;

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
       case when pg_temp.u(m.g, 1) < 0.5
            then n.c1 || ' and ' || n.c2 || ' discuss ' || pg_temp.w(m.g, 2) || ' and ' || pg_temp.w(m.g, 3)
            else initcap(pg_temp.w(m.g, 2)) || ' and ' || pg_temp.w(m.g, 3) || ' talks between ' || n.c1 || ' and '
                 || n.c2 end,
       m.start_date, m.end_date, m.precision,
       case when m.start_date > date '2026-11-01' then 'planned'
            when m.u_status < 0.93 then 'held' when m.u_status < 0.97 then 'speculated' else 'cancelled' end,
       (array['036', '040', '042', '043', '044', '046'])[1 + floor(m.u_kind * 6)::int],
       pg_temp.city(m.g), case when m.g % 4 = 0 then pg_temp.venue(m.g) end,
       case when m.u_loc < 0.5 then m.c1 else m.c2 end,
       'Officials of ' || n.c1 || ' and ' || n.c2 || ' discussed ' || pg_temp.w(m.g, 4) || ', ' || pg_temp.w(m.g, 5)
           || ' and ' || pg_temp.w(m.g, 6) || ', and agreed on ' || pg_temp.w(m.g, 7) || ' ' || pg_temp.w(m.g, 8)
           || '.',
       -- 0 to 3 topics, as before (by the meeting's number), now drawn from the vocabulary
       array(select distinct pg_temp.topic(m.g, 10 + k) from generate_series(1, (m.g % 4)::int) k),
       case when m.u_deleg < 0.05 then (select d.id from gen_delegation_id d
                                        where d.rn = 1 + (m.g % (select count(*) from gen_delegation_id))) end
from gen_meeting4 m
cross join lateral (select (select name from country where code = m.c1) as c1,
                           (select name from country where code = m.c2) as c2) n;

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

-- Parties a source mentions without naming anyone, for 3 % of the meetings, in meeting order.
insert into meeting_unnamed_party (meeting_id, description, country_code, ordinal)
select m.id,
       case when pg_temp.u(m.g, 20) < 0.5
            then 'officials of the ' || (select name from country where code = m.c2) || ' '
                 || (array['foreign ministry', 'embassy', 'party', 'army', 'parliament'])[pg_temp.zipf(pg_temp.u(m.g, 21), 5)]
            else 'a delegation on ' || pg_temp.w(m.g, 22) || ' from ' || (select name from country where code = m.c2) end,
       m.c2, 0
from gen_meeting4 m
where pg_temp.u(m.g, 23) < 0.03
order by m.id;

-- Explicit meeting ids: move the identity on past them.
select setval(pg_get_serial_sequence('meeting', 'id'), (select max(id) from meeting));

insert into revision (made_at, editor) values (now(), 'scale generator');
commit;

analyze;
select (select count(*) from meeting) as meetings, (select count(*) from meeting_participant) as participants,
       (select count(*) from official) as officials, (select count(*) from delegation) as delegations,
       (select count(*) from citation) as citations;
