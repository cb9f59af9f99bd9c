-- Linked open data: officials, organizations and countries may carry their Wikidata item (Q-number), with where
-- the identifier was taken from; and an official's name in its own script says where that spelling comes from,
-- since the sources quoted are mostly in English.
alter table official add column wikidata varchar(20) check (wikidata ~ '^Q[1-9][0-9]*$');
alter table official add column wikidata_source text check (wikidata_source <> '');
alter table official add column original_name_source text check (original_name_source <> '');
create unique index official_wikidata_idx on official (wikidata) where wikidata is not null;

alter table organization add column wikidata varchar(20) check (wikidata ~ '^Q[1-9][0-9]*$');
alter table organization add column wikidata_source text check (wikidata_source <> '');
create unique index organization_wikidata_idx on organization (wikidata) where wikidata is not null;

alter table country add column wikidata varchar(20) check (wikidata ~ '^Q[1-9][0-9]*$');
alter table country add column wikidata_source text check (wikidata_source <> '');
create unique index country_wikidata_idx on country (wikidata) where wikidata is not null;

alter table official_aud add column wikidata varchar(20);
alter table official_aud add column wikidata_source text;
alter table official_aud add column original_name_source text;
