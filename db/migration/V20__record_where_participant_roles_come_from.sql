-- A participant's role in a meeting and a member's role in a delegation are either given by the editor or taken
-- from the official's position that covers the dates ('position'). Every role stored so far was given.
alter table meeting_participant add column role_source varchar(10) not null default 'given'
    check (role_source in ('given', 'position'));
alter table delegation_member add column role_source varchar(10) not null default 'given'
    check (role_source in ('given', 'position'));

alter table meeting_participant_aud add column role_source varchar(10);
alter table delegation_member_aud add column role_source varchar(10);
update meeting_participant_aud set role_source = 'given';
update delegation_member_aud set role_source = 'given';
