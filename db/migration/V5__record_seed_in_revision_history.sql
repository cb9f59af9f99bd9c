-- The seed (V2, V3) was written by migrations, not through the API, so it has no revision. Record it as the
-- first revision, so that every later revision can refer to the seeded officials, sources and delegations, and
-- the seeded contacts have a history that starts where they came from.

insert into revision (made_at, editor) values (now(), 'seed: The Korea Times, March 2019 (migration V3)');

insert into source_aud (id, rev, revtype, slug, publisher, headline, author, published_on, url)
select id, (select min(id) from revision), 0, slug, publisher, headline, author, published_on, url from source;

insert into official_aud (id, rev, revtype, slug, name, original_name, country_code)
select id, (select min(id) from revision), 0, slug, name, original_name, country_code from official;

insert into position_aud (id, rev, revtype, official_id, organization_id, title, start_date, end_date, note, ordinal)
select id, (select min(id) from revision), 0, official_id, organization_id, title, start_date, end_date, note, ordinal
from position;

insert into delegation_aud (id, rev, revtype, slug, name, sending_country, host_country, head_official_id,
                            start_date, end_date, date_precision, purpose, notes)
select id, (select min(id) from revision), 0, slug, name, sending_country, host_country, head_official_id,
       start_date, end_date, date_precision, purpose, notes
from delegation;

insert into delegation_member_aud (delegation_id, official_id, rev, revtype, role, ordinal)
select delegation_id, official_id, (select min(id) from revision), 0, role, ordinal from delegation_member;

insert into delegation_reported_dates_aud (id, rev, revtype, delegation_id, start_date, end_date, source_id, quote, note)
select id, (select min(id) from revision), 0, delegation_id, start_date, end_date, source_id, quote, note
from delegation_reported_dates;

insert into meeting_aud (id, rev, revtype, slug, title, start_date, end_date, date_precision, status, kind_code, city,
                         venue, location_country, summary, topics, delegation_id, notes)
select id, (select min(id) from revision), 0, slug, title, start_date, end_date, date_precision, status, kind_code,
       city, venue, location_country, summary, topics, delegation_id, notes
from meeting;

insert into meeting_country_aud (meeting_id, country_code, rev, revtype)
select meeting_id, country_code, (select min(id) from revision), 0 from meeting_country;

insert into meeting_participant_aud (meeting_id, official_id, rev, revtype, role, ordinal)
select meeting_id, official_id, (select min(id) from revision), 0, role, ordinal from meeting_participant;

insert into meeting_unnamed_party_aud (id, rev, revtype, meeting_id, description, country_code, ordinal)
select id, (select min(id) from revision), 0, meeting_id, description, country_code, ordinal from meeting_unnamed_party;

insert into citation_aud (id, rev, revtype, source_id, quote, claim, meeting_id, delegation_id, position_id, ordinal)
select id, (select min(id) from revision), 0, source_id, quote, claim, meeting_id, delegation_id, position_id, ordinal
from citation;
