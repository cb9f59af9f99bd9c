-- A source's citations are listed in the order they were recorded, a page at a time (GET /sources/{slug} shows the
-- first ones, /sources/{slug}/citations the rest): an index on (source, id) reads a page and stops, where the index on
-- the source alone read all of a source's 750 citations to sort them.
create index citation_source_order_idx on citation (source_id, id);
-- the new index leads with the source too, so it serves what this one did (the foreign key)
drop index citation_source_idx;
