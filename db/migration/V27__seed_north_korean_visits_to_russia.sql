-- "Three North Korean officials visited Moscow separately earlier this month and met their Russian counterparts":
-- three visits of North Korea to Russia, each with its official and its meeting. The article dates the visits only
-- by "earlier this month", the month of its other dates (March 2019), so each visit is dated by the month; the
-- meetings inside them keep the days the article gives.
insert into delegation (slug, name, sending_country, host_country, head_official_id, start_date, end_date,
                        date_precision, purpose, notes)
select v.slug, v.name, 'KP', 'RU', o.id, date '2019-03-01', date '2019-03-31', 'month', v.purpose,
       'The article says only that the three officials visited Moscow "earlier this month", in March 2019, and gives '
       || 'no dates for the visit itself: it is dated by the month. ' || v.notes
from (values
    ('im-chon-il-visit-to-moscow-2019-03', 'im-chon-il', 'Vice Foreign Minister Im Chon-il''s visit to Moscow',
     'To meet Russian counterparts; he discussed "a schedule of political contacts" with Igor Morgulov.',
     'Its meeting, the talks with Igor Morgulov, is dated March 14.'),
    ('kim-yong-jae-visit-to-moscow-2019-03', 'kim-yong-jae', 'Minister for External Economic Affairs Kim Yong-jae''s visit to Moscow',
     'To meet Russian counterparts; he met Alexander Kozlov in a meeting aimed at discussing cooperation in trade and economy.',
     'Its meeting with Alexander Kozlov is dated March 4 to 6.'),
    ('han-man-hyok-visit-to-moscow-2019-03', 'han-man-hyok', 'Workers'' Party official Han Man-hyok''s visit to Moscow',
     'To meet Russian counterparts; he attended a photo exhibition marking the 70th anniversary of Kim Il-sung''s state visit to Moscow.',
     'Its meeting, at the exhibition, is dated March 5.')
) as v(slug, head, name, purpose, notes)
join official o on o.slug = v.head;

insert into delegation_member (delegation_id, official_id, role, role_source, ordinal)
select d.id, o.id, p.title, 'given', 0
from delegation d
join official o on o.id = d.head_official_id
join position p on p.official_id = o.id
where d.slug in ('im-chon-il-visit-to-moscow-2019-03', 'kim-yong-jae-visit-to-moscow-2019-03',
                 'han-man-hyok-visit-to-moscow-2019-03');

insert into delegation_reported_dates (delegation_id, start_date, end_date, source_id, quote, note)
select d.id, date '2019-03-01', date '2019-03-31', s.id,
       'three North Korean officials visited Moscow separately earlier this month',
       'Article text; "this month" is March 2019, the month of the article''s other dates.'
from delegation d cross join source s
where d.slug in ('im-chon-il-visit-to-moscow-2019-03', 'kim-yong-jae-visit-to-moscow-2019-03',
                 'han-man-hyok-visit-to-moscow-2019-03')
  and s.slug = 'korea-times-nk-russia-support-2019-03';

insert into citation (source_id, quote, claim, delegation_id, ordinal)
select s.id, c.quote, c.claim, d.id, c.ordinal
from (values
    ('im-chon-il-visit-to-moscow-2019-03', 'three North Korean officials visited Moscow separately earlier this month and met their Russian counterparts', 'visit, place and month', 0),
    ('im-chon-il-visit-to-moscow-2019-03', 'On March 14, North Korean Vice Foreign Minister Im Chon-il met with Russian Deputy Foreign Minister Igor Morgulov', 'head and his meeting', 1),
    ('kim-yong-jae-visit-to-moscow-2019-03', 'three North Korean officials visited Moscow separately earlier this month and met their Russian counterparts', 'visit, place and month', 0),
    ('kim-yong-jae-visit-to-moscow-2019-03', 'The North''s Minister for External Economic Affairs Kim Yong-jae met with Russian Minister for the Development of the Far East Alexander Kozlov from March 4 to 6', 'head and his meeting', 1),
    ('han-man-hyok-visit-to-moscow-2019-03', 'three North Korean officials visited Moscow separately earlier this month and met their Russian counterparts', 'visit, place and month', 0),
    ('han-man-hyok-visit-to-moscow-2019-03', 'On March 5, Han Man-hyok, vice department director of the Central Committee of the North''s ruling Workers'' Party, attended a photo exhibition', 'head and his meeting', 1)
) as c(delegation, quote, claim, ordinal)
join delegation d on d.slug = c.delegation
cross join source s
where s.slug = 'korea-times-nk-russia-support-2019-03';

update meeting m set delegation_id = d.id
from (values
    ('im-chon-il-igor-morgulov-talks-2019-03-14', 'im-chon-il-visit-to-moscow-2019-03'),
    ('kim-yong-jae-alexander-kozlov-talks-2019-03-04', 'kim-yong-jae-visit-to-moscow-2019-03'),
    ('han-man-hyok-moscow-photo-exhibition-2019-03-05', 'han-man-hyok-visit-to-moscow-2019-03')
) as l(meeting, delegation)
join delegation d on d.slug = l.delegation
where m.slug = l.meeting;
