-- A state in the history (the /revisions endpoints, the change feed) reads the parts its resource had at that
-- revision: Envers asks each part's audit table for the rows of one owner. Without these indexes each such question
-- read the whole table (a second apiece once the history holds a million citations).
create index citation_aud_meeting_idx on citation_aud (meeting_id) where meeting_id is not null;
create index citation_aud_delegation_idx on citation_aud (delegation_id) where delegation_id is not null;
create index citation_aud_position_idx on citation_aud (position_id) where position_id is not null;
create index meeting_unnamed_party_aud_meeting_idx on meeting_unnamed_party_aud (meeting_id);
create index delegation_reported_dates_aud_delegation_idx on delegation_reported_dates_aud (delegation_id);
create index position_aud_official_idx on position_aud (official_id);
