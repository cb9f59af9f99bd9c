-- V24-V28 changed and added seeded data without the API, so without a revision. Record them as one revision, as
-- V5 did for the first seed: new rows as created, changed rows as updated, each with its state after the change.
insert into revision (made_at, editor)
values (now(), 'seed: The Korea Times, March 2019, sources, visits and corrections (migrations V24-V28)');

insert into official_aud (id, rev, revtype, slug, name, original_name, country_code, wikidata, wikidata_source,
                          original_name_source)
select id, (select max(id) from revision), 1, slug, name, original_name, country_code, wikidata, wikidata_source,
       original_name_source
from official where original_name_source is not null or wikidata is not null;

insert into position_aud (id, rev, revtype, official_id, organization_id, title, start_date, end_date, note, ordinal,
                          attested_from, attested_to)
select id, (select max(id) from revision), 1, official_id, organization_id, title, start_date, end_date, note, ordinal,
       attested_from, attested_to
from position where id in (select id from position_aud);

insert into delegation_aud (id, rev, revtype, slug, name, sending_country, host_country, head_official_id,
                            start_date, end_date, date_precision, purpose, notes)
select id, (select max(id) from revision), 0, slug, name, sending_country, host_country, head_official_id,
       start_date, end_date, date_precision, purpose, notes
from delegation where id not in (select id from delegation_aud);

insert into delegation_member_aud (delegation_id, official_id, rev, revtype, role, ordinal, role_source)
select delegation_id, official_id, (select max(id) from revision), 0, role, ordinal, role_source
from delegation_member dm
where not exists (select 1 from delegation_member_aud a
                  where a.delegation_id = dm.delegation_id and a.official_id = dm.official_id);

insert into delegation_reported_dates_aud (id, rev, revtype, delegation_id, start_date, end_date, source_id, quote, note)
select id, (select max(id) from revision), 0, delegation_id, start_date, end_date, source_id, quote, note
from delegation_reported_dates where id not in (select id from delegation_reported_dates_aud);

insert into meeting_aud (id, rev, revtype, slug, title, start_date, end_date, date_precision, status, kind_code, city,
                         venue, location_country, summary, topics, delegation_id, notes)
select id, (select max(id) from revision), 1, slug, title, start_date, end_date, date_precision, status, kind_code,
       city, venue, location_country, summary, topics, delegation_id, notes
from meeting
where slug in ('im-chon-il-igor-morgulov-talks-2019-03-14', 'kim-yong-jae-alexander-kozlov-talks-2019-03-04',
               'han-man-hyok-moscow-photo-exhibition-2019-03-05', 'us-north-korea-summit-hanoi-2019-02-27');

insert into citation_aud (id, rev, revtype, source_id, quote, claim, meeting_id, delegation_id, position_id, ordinal,
                          according_to_id)
select id, (select max(id) from revision), case when id in (select id from citation_aud) then 1 else 0 end,
       source_id, quote, claim, meeting_id, delegation_id, position_id, ordinal, according_to_id
from citation
where id not in (select id from citation_aud) or according_to_id is not null;
