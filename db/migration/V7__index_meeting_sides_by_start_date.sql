-- A country filter over a period (country=KP&country=RU&from=…&to=…) could only find a country's meetings of all
-- time and then look up each one's date: at a million meetings, every KP–RU contact since 1950 to answer one month.
-- Each side now carries its meeting's start date, indexed after the country, so a country's meetings of a period are
-- read in timeline order and a page stops after its last row.
alter table meeting_country add column start_date date;

update meeting_country mc set start_date = m.start_date
from meeting m
where m.id = mc.meeting_id and m.start_date is not null;

create index meeting_country_start_idx on meeting_country (country_code, start_date, meeting_id);
-- the new index leads with the country too, so it serves what this one did (a country's meetings, the foreign key)
drop index meeting_country_code_idx;

-- The copy is kept by the database, not by the application: a side takes its meeting's date when it is written,
-- and a meeting's sides follow it when its start date changes, whoever writes (the service, psql, a generator).
create function meeting_country_take_start_date() returns trigger language plpgsql as $$
begin
    select m.start_date into new.start_date from meeting m where m.id = new.meeting_id;
    return new;
end
$$;

create trigger meeting_country_start_date before insert or update on meeting_country
    for each row execute function meeting_country_take_start_date();

create function meeting_pass_start_date_to_sides() returns trigger language plpgsql as $$
begin
    update meeting_country set start_date = new.start_date where meeting_id = new.id;
    return null;
end
$$;

create trigger meeting_start_date_to_sides after update of start_date on meeting
    for each row when (old.start_date is distinct from new.start_date)
    execute function meeting_pass_start_date_to_sides();
