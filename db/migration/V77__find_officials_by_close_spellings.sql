-- A name misspelled by a letter or two (Kislyack, Morgolov) finds no official by its words; the search then offers the
-- officials whose names or aliases are closest by trigram similarity ("did you mean"), read from a GIN trigram index of
-- each name in the form it is compared in (lower case, no accents).
create extension if not exists pg_trgm;

create function name_form(t text) returns text
    language sql immutable parallel safe strict
    return lower(public.unaccent('public.unaccent'::regdictionary, t));

create index official_name_trigram_idx on official using gin (name_form(name) gin_trgm_ops);
create index official_alias_trigram_idx on official_alias using gin (name_form(name) gin_trgm_ops);
