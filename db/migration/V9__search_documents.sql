-- Text search (q=) read every meeting and its participants with ILIKE '%...%': ten seconds at a million meetings,
-- whether anything matched or not. Now each searchable row carries a search document: everything a search looks at,
-- as full-text words (the 'simple' configuration: lower case, no stemming, any script; accents removed by unaccent)
-- in one tsvector column with a GIN index. A search for words reads the index (a rare word: 0.3 ms at a million
-- meetings) or, for a common word, walks the timeline order and stops after a page; a trigram index of the same text
-- was ten times larger and slower for rare words (see the benchmark's findings). The documents are kept by the
-- database, whoever writes: the service, psql, the scale generator.
create extension if not exists unaccent;

-- The form a text is searched in. unaccent() is only stable (its rules could be changed), so it is called with its
-- dictionary named, inside a function declared immutable, as PostgreSQL's documentation suggests for indexes.
create function search_form(t text) returns tsvector
    language sql immutable parallel safe strict
    return to_tsvector('simple', public.unaccent('public.unaccent'::regdictionary, t));

-- A search: the words given (written by the service as 'word':* & 'word':*, each a prefix), in the same form.
create function search_query(q text) returns tsquery
    language sql immutable parallel safe strict
    return to_tsquery('simple', public.unaccent('public.unaccent'::regdictionary, q));

-- Meetings: title, summary, topics, place, participants' names in both scripts and roles, unnamed parties.
alter table meeting add column search tsvector not null default ''::tsvector;

create function meeting_search(meeting_id bigint, title text, summary text, topics text[], city text, venue text)
    returns tsvector language sql stable
    return search_form(concat_ws(' ', title, summary, array_to_string(topics, ' '), city, venue,
        (select string_agg(concat_ws(' ', o.name, o.original_name, p.role), ' ' order by p.ordinal)
         from meeting_participant p join official o on o.id = p.official_id where p.meeting_id = meeting_search.meeting_id),
        (select string_agg(u.description, ' ' order by u.ordinal)
         from meeting_unnamed_party u where u.meeting_id = meeting_search.meeting_id)));

create function meeting_search_own() returns trigger language plpgsql as $$
begin
    new.search := meeting_search(new.id, new.title, new.summary, new.topics, new.city, new.venue);
    return new;
end
$$;

create trigger meeting_search_own before insert or update of title, summary, topics, city, venue on meeting
    for each row execute function meeting_search_own();

-- The documents of many meetings at once (an edit's few, or the generator's million): set-based, so that a bulk
-- insert is one grouped pass over the participants instead of a lookup per meeting.
create function meeting_search_refresh(ids bigint[]) returns void language sql as $$
    with changed as (select distinct id from unnest(ids) as changed(id)),
    people as (
        select p.meeting_id, string_agg(concat_ws(' ', o.name, o.original_name, p.role), ' ' order by p.ordinal) as text
        from changed join meeting_participant p on p.meeting_id = changed.id join official o on o.id = p.official_id
        group by p.meeting_id),
    parties as (
        select u.meeting_id, string_agg(u.description, ' ' order by u.ordinal) as text
        from changed join meeting_unnamed_party u on u.meeting_id = changed.id
        group by u.meeting_id)
    update meeting m
    set search = search_form(concat_ws(' ', m.title, m.summary, array_to_string(m.topics, ' '), m.city, m.venue,
                                       people.text, parties.text))
    from changed left join people on people.meeting_id = changed.id left join parties on parties.meeting_id = changed.id
    where m.id = changed.id
$$;

-- Participants and unnamed parties change in sets (an edit replaces them, the generator inserts millions at once):
-- one statement-level trigger per change recomputes the documents of the meetings it touched.
create function meeting_search_parts() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        perform meeting_search_refresh(array(select meeting_id from changed_new));
    end if;
    if tg_op <> 'INSERT' then
        perform meeting_search_refresh(array(select meeting_id from changed_old));
    end if;
    return null;
end
$$;

create trigger meeting_participant_search_insert after insert on meeting_participant
    referencing new table as changed_new for each statement execute function meeting_search_parts();
create trigger meeting_participant_search_update after update on meeting_participant
    referencing new table as changed_new old table as changed_old for each statement execute function meeting_search_parts();
create trigger meeting_participant_search_delete after delete on meeting_participant
    referencing old table as changed_old for each statement execute function meeting_search_parts();
create trigger meeting_unnamed_party_search_insert after insert on meeting_unnamed_party
    referencing new table as changed_new for each statement execute function meeting_search_parts();
create trigger meeting_unnamed_party_search_update after update on meeting_unnamed_party
    referencing new table as changed_new old table as changed_old for each statement execute function meeting_search_parts();
create trigger meeting_unnamed_party_search_delete after delete on meeting_unnamed_party
    referencing old table as changed_old for each statement execute function meeting_search_parts();

-- Delegations: name, purpose, notes, the head's and members' names in both scripts and roles.
alter table delegation add column search tsvector not null default ''::tsvector;

create function delegation_search(delegation_id bigint, name text, purpose text, notes text, head_official_id bigint)
    returns tsvector language sql stable
    return search_form(concat_ws(' ', name, purpose, notes,
        (select concat_ws(' ', o.name, o.original_name) from official o where o.id = head_official_id),
        (select string_agg(concat_ws(' ', o.name, o.original_name, m.role), ' ' order by m.ordinal)
         from delegation_member m join official o on o.id = m.official_id
         where m.delegation_id = delegation_search.delegation_id)));

create function delegation_search_own() returns trigger language plpgsql as $$
begin
    new.search := delegation_search(new.id, new.name, new.purpose, new.notes, new.head_official_id);
    return new;
end
$$;

create trigger delegation_search_own before insert or update of name, purpose, notes, head_official_id on delegation
    for each row execute function delegation_search_own();

create function delegation_search_refresh(ids bigint[]) returns void language sql as $$
    update delegation d set search = delegation_search(d.id, d.name, d.purpose, d.notes, d.head_official_id)
    from (select distinct id from unnest(ids) as changed(id)) changed
    where d.id = changed.id
$$;

create function delegation_search_members() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        perform delegation_search_refresh(array(select delegation_id from changed_new));
    end if;
    if tg_op <> 'INSERT' then
        perform delegation_search_refresh(array(select delegation_id from changed_old));
    end if;
    return null;
end
$$;

create trigger delegation_member_search_insert after insert on delegation_member
    referencing new table as changed_new for each statement execute function delegation_search_members();
create trigger delegation_member_search_update after update on delegation_member
    referencing new table as changed_new old table as changed_old for each statement execute function delegation_search_members();
create trigger delegation_member_search_delete after delete on delegation_member
    referencing old table as changed_old for each statement execute function delegation_search_members();

-- Officials: names in both scripts, slug, the titles of their positions.
alter table official add column search tsvector not null default ''::tsvector;

create function official_search(official_id bigint, name text, original_name text, slug text)
    returns tsvector language sql stable
    return search_form(concat_ws(' ', name, original_name, slug,
        (select string_agg(p.title, ' ' order by p.ordinal) from position p where p.official_id = official_search.official_id)));

-- A renamed official is found under the new name, and so are the meetings and delegations they took part in.
create function official_search_own() returns trigger language plpgsql as $$
begin
    new.search := official_search(new.id, new.name, new.original_name, new.slug);
    return new;
end
$$;

create trigger official_search_own before insert or update of name, original_name, slug on official
    for each row execute function official_search_own();

create function official_renamed() returns trigger language plpgsql as $$
begin
    perform meeting_search_refresh(array(select p.meeting_id from meeting_participant p where p.official_id = new.id));
    perform delegation_search_refresh(array(select d.id from delegation d where d.head_official_id = new.id
        union select m.delegation_id from delegation_member m where m.official_id = new.id));
    return null;
end
$$;

create trigger official_renamed after update of name, original_name on official
    for each row when (old.name is distinct from new.name or old.original_name is distinct from new.original_name)
    execute function official_renamed();

create function official_search_refresh(ids bigint[]) returns void language sql as $$
    update official o set search = official_search(o.id, o.name, o.original_name, o.slug)
    from (select distinct id from unnest(ids) as changed(id)) changed
    where o.id = changed.id
$$;

create function official_search_positions() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        perform official_search_refresh(array(select official_id from changed_new));
    end if;
    if tg_op <> 'INSERT' then
        perform official_search_refresh(array(select official_id from changed_old));
    end if;
    return null;
end
$$;

create trigger position_search_insert after insert on position
    referencing new table as changed_new for each statement execute function official_search_positions();
create trigger position_search_update after update on position
    referencing new table as changed_new old table as changed_old for each statement execute function official_search_positions();
create trigger position_search_delete after delete on position
    referencing old table as changed_old for each statement execute function official_search_positions();

-- Sources: publisher, headline, author, slug (|| rather than concat_ws, which is not immutable).
alter table source add column search tsvector generated always as
    (search_form(publisher || ' ' || coalesce(headline, '') || ' ' || coalesce(author, '') || ' ' || slug)) stored;

-- Fill the documents of what is already stored, then index them.
select meeting_search_refresh(array(select id from meeting));
update delegation d set search = delegation_search(d.id, d.name, d.purpose, d.notes, d.head_official_id);
update official o set search = official_search(o.id, o.name, o.original_name, o.slug);

create index meeting_search_idx on meeting using gin (search);
create index delegation_search_idx on delegation using gin (search);
create index official_search_idx on official using gin (search);
create index source_search_idx on source using gin (search);
-- finer statistics of the words, for the planner's choice between the order walk (a common word) and the index
alter table meeting alter column search set statistics 1000;

analyze meeting;
analyze delegation;
analyze official;
analyze source;
