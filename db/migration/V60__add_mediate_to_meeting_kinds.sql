-- CAMEO 045 (mediate) belongs to the consult family (040-046) that machine-coded event data reports contacts in, but
-- was missing from the kinds a meeting can have: a candidate contact of that code could not be accepted as a meeting.
insert into meeting_kind (code, label) values ('045', 'Mediate') on conflict (code) do nothing;
