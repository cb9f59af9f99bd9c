-- Words asked together with a country, a host, a status or a kind (/api/v1/meetings?q=moscow&country=RU&from=...):
-- the words' GIN index (V9) and the facets' GIN index (V10) each gave a large bitmap (51,000 meetings for "moscow",
-- 111,000 for RU at a million) for the planner to intersect. One GIN index of both columns intersects them inside
-- the index (5,662 for moscow and RU). A multicolumn GIN index serves a condition on either column alone as well as
-- a single-column one, so it replaces the words' index rather than being kept beside it. At 1,000,000 meetings,
-- side by side in one run: that request's p50 88 / 80 ms → 48 / 43 ms; requests with words alone unchanged
-- (src/docs/performance.md).
create index if not exists meeting_search_facets_idx on meeting using gin (search, facets);
drop index if exists meeting_search_idx;
