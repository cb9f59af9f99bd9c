-- Most positions have no known term: a source shows the title held on some days ("Vice Foreign Minister Im
-- Chon-il" on March 14, 2019) without saying when it began or ended. Those days are recorded apart from the term,
-- so that a role can be taken from a position only for dates a source covers, and an undated position never
-- covers 1949 or 2030.
alter table position add column attested_from date;
alter table position add column attested_to date;
alter table position add constraint position_attested_check
    check ((attested_from is null) = (attested_to is null) and attested_to >= attested_from);

alter table position_aud add column attested_from date;
alter table position_aud add column attested_to date;
