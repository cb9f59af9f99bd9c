-- What each write transaction returned, written by that transaction (with timeline.failover.wait-for-primary set):
-- after the primary fails over, a write whose commit went unanswered is found here if it committed, so it is
-- answered rather than made twice; a request sent again with its Idempotency-Key finds its first outcome here.
create table write_outcome (
    token text primary key,
    request text,
    result text,
    written_at timestamptz not null default now()
);
