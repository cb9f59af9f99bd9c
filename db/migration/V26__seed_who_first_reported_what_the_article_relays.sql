-- The article attributes facts to their first reporters: the topic of the March 14 talks to Russia's foreign
-- ministry, Kislyak's words to TASS, its photo caption to Yonhap. The citations of those quotes say so.
update citation c set according_to_id = g.id
from meeting m, organization g
where c.meeting_id = m.id and m.slug = 'im-chon-il-igor-morgulov-talks-2019-03-14' and c.ordinal = 0
  and g.slug = 'ru-ministry-of-foreign-affairs';

update citation c set according_to_id = g.id
from meeting m, organization g
where c.meeting_id = m.id and m.slug = 'russian-senators-visit-north-korea-2019-03-16' and c.ordinal in (3, 4)
  and g.slug = 'tass';

-- the photo caption, credited "/ Yonhap"
update citation c set according_to_id = g.id
from organization g
where g.slug = 'yonhap'
  and c.quote in ('North Korean Vice Foreign Minister Im Chon-il, right, enters the guesthouse of Russia''s foreign ministry to meet with Russian Deputy Foreign Minister Igor Morgulov in Moscow, March 14.',
                  'A group of Russian senators is visiting North Korea separately from March 14 to 21 to discuss issues on business, culture and other areas.');
