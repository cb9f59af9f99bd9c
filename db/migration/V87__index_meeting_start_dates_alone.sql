-- Words with a country over a period (q=moscow&country=RU&from=2025-01-01&to=2025-12-31) are read by ANDing the
-- bitmap of the words and facets (V82) with the bitmap of the period's start dates. That period's 65,000 meetings
-- at a million were read from the timeline index, whose entries carry every meeting's facets (V10): 45 ms of the
-- 80. The start dates alone are a narrow index the same bitmap is read from in 8.
create index meeting_start_date_idx on meeting (start_date);
