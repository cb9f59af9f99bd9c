-- The planner weighs updatedSince (written into each statement) by the statistics of the change times: gather them
-- now, rather than wait for autovacuum, which adding a column does not wake. Without them it guessed that a third of
-- all meetings changed since any instant, and read a country's sides before the few meetings that had.
analyze meeting (updated_at);
analyze delegation (updated_at);
