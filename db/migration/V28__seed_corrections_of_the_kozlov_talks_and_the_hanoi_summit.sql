-- The Kim Yong-jae-Kozlov talks were coded 046 (Engage in negotiation), which the article does not support; and the
-- article's one sentence on China belongs with the Hanoi summit, where a reader of the summit finds it.
update meeting set kind_code = '040',
    notes = notes || ' Coded CAMEO 040 (Consult), not 046 (Engage in negotiation): the article reports "a meeting aimed '
            || 'at discussing cooperation in trade and economy", a consultation, and says nothing of negotiations.'
where slug = 'kim-yong-jae-alexander-kozlov-talks-2019-03-04';

update meeting set notes = notes || ' China: the article adds that China, "the North''s closet ally" (sic), "is believed '
            || 'to be remaining prudent in its stance over the summit collapse". It reports no Chinese contact, so China '
            || 'takes part in no meeting here.'
where slug = 'us-north-korea-summit-hanoi-2019-02-27';

insert into citation (source_id, quote, claim, meeting_id, ordinal)
select s.id,
       'China, the North''s closet ally, is believed to be remaining prudent in its stance over the summit collapse.',
       'China''s stance after the collapse (no contact)', m.id,
       (select count(*) from citation c where c.meeting_id = m.id)
from meeting m cross join source s
where m.slug = 'us-north-korea-summit-hanoi-2019-02-27' and s.slug = 'korea-times-nk-russia-support-2019-03';
