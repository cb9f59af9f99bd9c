-- The change feed (/api/v1/changes) shows each change with its resource's state after it, as the /revisions
-- endpoints map it. Read from the audit tables, each state costs statements of its own for each of its parts; kept
-- here once (in the transaction that writes the change, or at start-up for history written before or without the
-- API), a page of the feed is one statement. Which changes there are stays for the audit tables to say: a change
-- whose state is not kept yet is read from them. A kept null state is a deletion, or a state the history cannot show.
-- json, not jsonb: the state is served as it was written, its fields in the order the API gives them.
create table change_state (
    rev   bigint not null references revision,
    type  text   not null,
    id    bigint not null,
    state json,
    primary key (rev, type, id)
);
