-- The contact network (/api/v1/network) reads every side of the meetings a filter selects, a few thousand of them
-- for a country's year, with the start date each side carries (V7). The primary key finds a meeting's sides but
-- not their dates, so each probe also read the table: 1.1 s for North Korea's 2025 at a million meetings on a
-- loaded machine, 0.9 s of it in those probes. With the date in the index the probes read no table page.
create index if not exists meeting_country_meeting_idx on meeting_country (meeting_id) include (country_code, start_date);
