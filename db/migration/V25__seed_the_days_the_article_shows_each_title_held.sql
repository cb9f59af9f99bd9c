-- The article shows each title held on the days of the contacts it reports, and says nothing of terms. Record
-- those days, so that a role is taken from a position only for them, and make every note say where the title and
-- its days come from. ("Held in March 2019" said more than the article does; for Donald Trump it cited the
-- article for February, which the article never mentions.)
update position p set attested_from = a.attested_from::date, attested_to = a.attested_to::date, note = a.note
from (values
    ('im-chon-il', '2019-03-14', '2019-03-14', 'Held on March 14, 2019, per the article ("On March 14, North Korean Vice Foreign Minister Im Chon-il met ..."); the article gives no term.'),
    ('igor-morgulov', '2019-03-14', '2019-03-14', 'Held on March 14, 2019, per the article ("... met with Russian Deputy Foreign Minister Igor Morgulov"); the article gives no term.'),
    ('kim-yong-jae', '2019-03-04', '2019-03-06', 'Held from March 4 to 6, 2019, per the article, which gives the title with the meeting of those days; the article gives no term.'),
    ('alexander-kozlov', '2019-03-04', '2019-03-06', 'Held from March 4 to 6, 2019, per the article, which gives the title with the meeting of those days; the article gives no term.'),
    ('han-man-hyok', '2019-03-05', '2019-03-05', 'Held on March 5, 2019, per the article, which gives the title with his visit to the exhibition that day; the article gives no term.'),
    ('sergei-kislyak', '2019-03-16', '2019-03-16', 'Held on March 16, 2019, per the article, which gives the title with what he said on arriving in Pyongyang that day; the article gives no term.'),
    ('oleg-melnichenko', '2019-03-16', '2019-03-21', 'The article says he heads the delegation of Russian senators visiting North Korea from March 16 to 21, 2019 (its text''s dates).'),
    ('vladimir-putin', null, null, 'The article calls him "Russian President Vladimir Putin" in March 2019 without a day, so no day is recorded as attested; it gives no term.'),
    ('donald-trump', '2019-02-27', '2019-02-28', 'The article calls him "U.S. President Donald Trump" in reporting the collapse of the Hanoi summit. The summit''s days, February 27-28, 2019, and so the days recorded here, are from the public record: the article gives no date for the summit.'),
    ('kim-jong-un', '2019-02-27', '2019-02-28', 'The article says "North Korean leader"; the formal title in 2019, Chairman of the State Affairs Commission, is from the public record, and so are the days recorded here, those of the Hanoi summit (February 27-28, 2019), which the article does not date.')
) as a(official, attested_from, attested_to, note)
join official o on o.slug = a.official
where p.official_id = o.id;
