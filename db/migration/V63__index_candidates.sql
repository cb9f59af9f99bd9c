-- The review list (a state's groups, newest and most mentioned first, by keyset), the country filter on either side of
-- the pair, deduplication (a pair's groups near a date; an import's events of a pair in date order), text search, a
-- group's events by mentions.
create index candidate_group_review_idx on candidate_group (state, start_date desc, mentions desc, id desc);
create index candidate_group_pair_idx on candidate_group (country_low, country_high, start_date);
create index candidate_group_high_idx on candidate_group (country_high, start_date);
create index candidate_group_search_idx on candidate_group using gin (search);
create index candidate_group_meeting_idx on candidate_group (meeting_id) where meeting_id is not null;
create index candidate_group_members_idx on candidate (group_id, mentions desc, id);
create index candidate_import_pair_idx on candidate (import_id, country_low, country_high, event_date, id);
