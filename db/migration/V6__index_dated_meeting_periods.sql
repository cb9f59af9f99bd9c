-- The GiST index of meeting periods held undated meetings as unbounded ranges, which contain every day and
-- overlap every period: each date filter read all of them from the table only to drop them. Dated meetings are
-- the only ones a date filter can select, so the index holds only them.
create index meeting_dated_period_idx on meeting using gist (daterange(start_date, end_date, '[]'))
    where start_date is not null;
drop index meeting_period_idx;
