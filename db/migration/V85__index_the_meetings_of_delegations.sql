-- The officials' network pairs a delegation's members with the host's officials in the delegation's meetings: which
-- of a filter's meetings belong to a delegation is read from this index alone (one in twenty meetings at 1 M),
-- instead of from each meeting's row.
create index if not exists meeting_delegated_idx on meeting (id) include (delegation_id) where delegation_id is not null;
