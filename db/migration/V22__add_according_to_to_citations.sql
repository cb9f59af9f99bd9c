-- Who first reported what a publisher relays: The Korea Times quotes Russia's foreign ministry and TASS. A citation
-- may name that organization; the source stays the text the quote is taken from.
alter table citation add column according_to_id bigint references organization;
create index citation_according_to_idx on citation (according_to_id) where according_to_id is not null;

alter table citation_aud add column according_to_id bigint;
