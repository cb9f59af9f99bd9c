-- Candidate groups come from articles too: a proposal an article's text supports joins the same review queue. A
-- group says where it comes from (gdelt, plover, article); an article's proposal may be dated to the month or year,
-- or not at all, and holds the proposal whole, with its quotes; accepting a visit makes a delegation.
alter table candidate_group add column origin varchar(10);
update candidate_group g set origin = c.origin
from (select distinct on (group_id) group_id, origin from candidate where group_id is not null order by group_id, id) c
where c.group_id = g.id;
update candidate_group set origin = 'gdelt' where origin is null;
alter table candidate_group alter column origin set not null,
    add check (origin in ('gdelt', 'plover', 'article'));

alter table candidate_group add column date_precision varchar(7) not null default 'day'
    check (date_precision in ('day', 'month', 'year', 'unknown'));
alter table candidate_group alter column start_date drop not null, alter column end_date drop not null;
alter table candidate_group add check ((start_date is null) = (date_precision = 'unknown')
                                       and (end_date is null) = (start_date is null));
alter table candidate_group add check (origin = 'article' or date_precision = 'day');

alter table candidate_group add column proposal jsonb;
alter table candidate_group add check ((origin = 'article') = (proposal is not null));

alter table candidate_group add column delegation_id bigint references delegation on delete set null;
create index candidate_group_delegation_idx on candidate_group (delegation_id) where delegation_id is not null;

-- the review list puts undated groups last, and may be asked for one origin
drop index candidate_group_review_idx;
create index candidate_group_review_idx on candidate_group (state, start_date desc nulls last, mentions desc, id desc);
create index candidate_group_origin_idx on candidate_group (origin, state, start_date desc nulls last, mentions desc, id desc);
