-- Meetings under way on a day (the half of every date filter that the start-date index cannot answer) are found from
-- an index of their periods. At a million meetings the GiST index read 341 pages to find the 1,100 periods that
-- contain one day, then 1,084 table pages for their dates and slugs (14 ms); an SP-GiST index (a quad tree on the
-- periods' bounds) carrying the columns a page is sorted and filtered by reads 264 pages and no table page (1.4 ms,
-- EXPLAIN ANALYZE, warm cache).
create index meeting_dated_period_spgist_idx on meeting using spgist (daterange(start_date, end_date, '[]'))
    include (start_date, end_date, slug, id) where start_date is not null;
drop index meeting_dated_period_idx;

-- fresh statistics for the planner after V7 rewrote every side and this swapped the index
analyze meeting;
analyze meeting_country;
