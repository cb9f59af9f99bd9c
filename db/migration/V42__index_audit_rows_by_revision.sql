-- The change feed (/api/v1/changes) reads the audited resources' rows after a revision, in revision order: from
-- these indexes, a page at a time, however long the history.
create index meeting_aud_rev_idx on meeting_aud (rev, id);
create index delegation_aud_rev_idx on delegation_aud (rev, id);
create index official_aud_rev_idx on official_aud (rev, id);
create index source_aud_rev_idx on source_aud (rev, id);
