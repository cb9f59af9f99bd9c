-- The first data set: every North Korea-Russia contact (and every contact it refers to) reported by
-- The Korea Times, "N. Korea believed to be desperate to win Russia's support" by Yi Whan-woo, March 2019.
-- Each fact carries the quote that supports it. Facts the article does not give (the Hanoi summit's dates
-- and venue) come from the public record and are marked so in the notes. Where the article contradicts
-- itself (the senators' dates: March 16-21 in the text, March 14-21 in the photo caption) both claims stay.

insert into source (slug, publisher, headline, author, published_on, url) values
    ('korea-times-nk-russia-support-2019-03', 'The Korea Times',
     'N. Korea believed to be desperate to win Russia''s support', 'Yi Whan-woo', null, null);

insert into organization (slug, name, country_code, kind) values
    ('kp-ministry-of-foreign-affairs', 'Ministry of Foreign Affairs of North Korea', 'KP', 'ministry'),
    ('kp-ministry-of-external-economic-affairs', 'Ministry of External Economic Affairs of North Korea', 'KP', 'ministry'),
    ('kp-workers-party-central-committee', 'Central Committee of the Workers'' Party of Korea', 'KP', 'party'),
    ('kp-state-affairs-commission', 'State Affairs Commission of North Korea', 'KP', 'government'),
    ('kp-cabinet', 'Cabinet of North Korea', 'KP', 'government'),
    ('ru-ministry-of-foreign-affairs', 'Ministry of Foreign Affairs of Russia', 'RU', 'ministry'),
    ('ru-ministry-for-the-development-of-the-far-east', 'Ministry for the Development of the Russian Far East', 'RU', 'ministry'),
    ('ru-federation-council', 'Federation Council of Russia', 'RU', 'legislature'),
    ('ru-federation-council-committee-for-foreign-affairs', 'Federation Council Committee for Foreign Affairs', 'RU', 'committee'),
    ('ru-president', 'President of Russia', 'RU', 'head_of_state'),
    ('us-president', 'President of the United States', 'US', 'head_of_state'),
    ('tass', 'TASS', 'RU', 'news_agency'),
    ('yonhap', 'Yonhap News Agency', 'KR', 'news_agency'),
    ('korea-times', 'The Korea Times', 'KR', 'newspaper');

insert into official (slug, name, original_name, country_code) values
    ('im-chon-il', 'Im Chon-il', '임천일', 'KP'),
    ('kim-yong-jae', 'Kim Yong-jae', '김영재', 'KP'),
    ('han-man-hyok', 'Han Man-hyok', null, 'KP'),
    ('kim-jong-un', 'Kim Jong-un', '김정은', 'KP'),
    ('kim-il-sung', 'Kim Il-sung', '김일성', 'KP'),
    ('igor-morgulov', 'Igor Morgulov', 'Игорь Моргулов', 'RU'),
    ('alexander-kozlov', 'Alexander Kozlov', 'Александр Козлов', 'RU'),
    ('sergei-kislyak', 'Sergei Kislyak', 'Сергей Кисляк', 'RU'),
    ('oleg-melnichenko', 'Oleg Melnichenko', 'Олег Мельниченко', 'RU'),
    ('vladimir-putin', 'Vladimir Putin', 'Владимир Путин', 'RU'),
    ('donald-trump', 'Donald Trump', null, 'US');

-- Positions: the title the article gives each person, true in March 2019 (Kim Il-sung's in 1949).
insert into position (official_id, organization_id, title, start_date, end_date, note)
select o.id, org.id, p.title, p.start_date::date, p.end_date::date, p.note
from (values
    ('im-chon-il', 'kp-ministry-of-foreign-affairs', 'Vice Foreign Minister', null, null, 'Held in March 2019, per the article.'),
    ('kim-yong-jae', 'kp-ministry-of-external-economic-affairs', 'Minister for External Economic Affairs', null, null, 'Held in March 2019, per the article.'),
    ('han-man-hyok', 'kp-workers-party-central-committee', 'Vice Department Director of the Central Committee of the Workers'' Party', null, null, 'Held in March 2019, per the article.'),
    ('kim-jong-un', 'kp-state-affairs-commission', 'North Korean leader (Chairman of the State Affairs Commission)', null, null,
     'The article says "North Korean leader"; the formal title in 2019, Chairman of the State Affairs Commission, is from the public record.'),
    ('kim-il-sung', 'kp-cabinet', 'Premier (North Korean founder)', '1948-09-09', '1972-12-28',
     'The article calls him "North Korean founder"; his title at the 1949 visit, Premier of the Cabinet, and its dates are from the public record.'),
    ('igor-morgulov', 'ru-ministry-of-foreign-affairs', 'Deputy Foreign Minister', null, null, 'Held in March 2019, per the article.'),
    ('alexander-kozlov', 'ru-ministry-for-the-development-of-the-far-east', 'Minister for the Development of the Far East', null, null, 'Held in March 2019, per the article.'),
    ('sergei-kislyak', 'ru-federation-council-committee-for-foreign-affairs', 'First Deputy Chairman of the Federation Council''s Committee for Foreign Affairs', null, null, 'Held in March 2019, per the article.'),
    ('oleg-melnichenko', 'ru-federation-council', 'Senator, head of the Russian delegation to North Korea', null, null,
     'The article says he heads the delegation of Russian senators visiting North Korea in March 2019.'),
    ('vladimir-putin', 'ru-president', 'President of Russia', null, null, 'Held in March 2019, per the article.'),
    ('donald-trump', 'us-president', 'President of the United States', null, null, 'Held in February-March 2019, per the article.')
) as p(official, organization, title, start_date, end_date, note)
join official o on o.slug = p.official
join organization org on org.slug = p.organization;

insert into citation (source_id, quote, claim, position_id)
select s.id, c.quote, c.claim, pos.id
from (values
    ('im-chon-il', 'On March 14, North Korean Vice Foreign Minister Im Chon-il met with Russian Deputy Foreign Minister Igor Morgulov', 'title'),
    ('igor-morgulov', 'On March 14, North Korean Vice Foreign Minister Im Chon-il met with Russian Deputy Foreign Minister Igor Morgulov', 'title'),
    ('kim-yong-jae', 'The North''s Minister for External Economic Affairs Kim Yong-jae met with Russian Minister for the Development of the Far East Alexander Kozlov', 'title'),
    ('alexander-kozlov', 'The North''s Minister for External Economic Affairs Kim Yong-jae met with Russian Minister for the Development of the Far East Alexander Kozlov', 'title'),
    ('han-man-hyok', 'Han Man-hyok, vice department director of the Central Committee of the North''s ruling Workers'' Party', 'title'),
    ('sergei-kislyak', 'Sergei Kislyak, the first deputy chairman of the Russian Federation Council''s Committee for Foreign Affairs and one of the Russian delegates', 'title'),
    ('oleg-melnichenko', 'Oleg Melnichenko, who heads the Russian delegation', 'title'),
    ('vladimir-putin', 'his first summit with Russian President Vladimir Putin', 'title'),
    ('donald-trump', 'the collapse of talks between U.S. President Donald Trump and North Korean leader Kim Jong-un', 'title'),
    ('kim-jong-un', 'the collapse of talks between U.S. President Donald Trump and North Korean leader Kim Jong-un', 'title'),
    ('kim-il-sung', 'the 70th anniversary of North Korean founder Kim Il-sung''s official state visit to Moscow', 'title')
) as c(official, quote, claim)
join official o on o.slug = c.official
join position pos on pos.official_id = o.id
cross join source s
where s.slug = 'korea-times-nk-russia-support-2019-03';

-- The Russian senators' visit to North Korea, with both dates the article gives.
insert into delegation (slug, name, sending_country, host_country, head_official_id, start_date, end_date,
                        date_precision, purpose, notes)
select 'russian-senators-north-korea-2019-03', 'Russian Federation Council delegation to North Korea', 'RU', 'KP',
       o.id, date '2019-03-16', date '2019-03-21', 'day',
       'To continue dialogue with North Korea and discuss business, culture and other areas, with a program of business meetings.',
       'The article contradicts itself on the dates: its text says March 16 to 21, its photo caption March 14 to 21. '
       || 'The visit is dated March 16-21 because the text also has Kislyak arriving at Pyongyang Sunan International '
       || 'Airport on March 16; both reported variants are kept.'
from official o where o.slug = 'oleg-melnichenko';

insert into delegation_member (delegation_id, official_id, role, ordinal)
select d.id, o.id, m.role, m.ordinal
from (values
    ('oleg-melnichenko', 'Head of the delegation', 0),
    ('sergei-kislyak', 'Delegate', 1)
) as m(official, role, ordinal)
join official o on o.slug = m.official
cross join delegation d
where d.slug = 'russian-senators-north-korea-2019-03';

insert into delegation_reported_dates (delegation_id, start_date, end_date, source_id, quote, note)
select d.id, r.start_date::date, r.end_date::date, s.id, r.quote, r.note
from (values
    ('2019-03-16', '2019-03-21',
     'Sergei Kislyak, the first deputy chairman of the Russian Federation Council''s Committee for Foreign Affairs and one of the Russian delegates, said the visit from March 16 to 21 will be "an absolutely natural, normal practice"',
     'Article text.'),
    ('2019-03-14', '2019-03-21',
     'A group of Russian senators is visiting North Korea separately from March 14 to 21 to discuss issues on business, culture and other areas.',
     'Photo caption (credited to Yonhap); contradicts the text.')
) as r(start_date, end_date, quote, note)
cross join delegation d
cross join source s
where d.slug = 'russian-senators-north-korea-2019-03' and s.slug = 'korea-times-nk-russia-support-2019-03';

insert into citation (source_id, quote, claim, delegation_id, ordinal)
select s.id, c.quote, c.claim, d.id, c.ordinal
from (values
    ('A group of Russian senators is visiting North Korea, the latest in a series of talks between the two countries following the collapse of the U.S.-North Korea summit in Hanoi, Vietnam.', 'visit', 0),
    ('Russian senators visiting Pyongyang until March 21', 'place and end date (subheadline)', 1),
    ('said the visit from March 16 to 21 will be "an absolutely natural, normal practice" to continue dialogue between the two countries', 'dates (text)', 2),
    ('A group of Russian senators is visiting North Korea separately from March 14 to 21 to discuss issues on business, culture and other areas.', 'dates (photo caption) and purpose', 3),
    ('Oleg Melnichenko, who heads the Russian delegation', 'head', 4),
    ('Sergei Kislyak, the first deputy chairman of the Russian Federation Council''s Committee for Foreign Affairs and one of the Russian delegates', 'member', 5)
) as c(quote, claim, ordinal)
cross join delegation d
cross join source s
where d.slug = 'russian-senators-north-korea-2019-03' and s.slug = 'korea-times-nk-russia-support-2019-03';

-- Meetings.
insert into meeting (slug, title, start_date, end_date, date_precision, status, kind_code, city, venue,
                     location_country, summary, topics, delegation_id, notes)
values
    ('kim-il-sung-state-visit-to-moscow-1949', 'Kim Il-sung''s official state visit to Moscow',
     date '1949-01-01', date '1949-12-31', 'year', 'held', '042', 'Moscow', null, 'SU',
     'North Korean founder Kim Il-sung''s official state visit to Moscow, whose 70th anniversary a Moscow photo exhibition marked on March 5, 2019.',
     '{"North Korea-Soviet relations"}', null,
     'The article gives only the year, through the 70th anniversary marked in March 2019; the public record places the visit in March 1949. '
     || 'Moscow was then the capital of the Soviet Union (SU), whose state Russia continues.'),
    ('us-north-korea-summit-hanoi-2019-02-27', 'U.S.-North Korea summit in Hanoi',
     date '2019-02-27', date '2019-02-28', 'day', 'held', '044', 'Hanoi', 'Sofitel Legend Metropole Hanoi', 'VN',
     'The summit between U.S. President Donald Trump and North Korean leader Kim Jong-un collapsed without agreement, clouding Kim''s plans to have the U.S. lift sanctions.',
     '{"denuclearization","sanctions relief"}', null,
     'The article refers to the summit and its collapse but gives neither its dates nor its venue: the dates (February 27-28, 2019) and the venue are from the public record, not the article.'),
    ('kim-yong-jae-alexander-kozlov-talks-2019-03-04', 'Kim Yong-jae and Alexander Kozlov discuss trade and economic cooperation',
     date '2019-03-04', date '2019-03-06', 'day', 'held', '046', 'Moscow', null, 'RU',
     'North Korea''s Minister for External Economic Affairs met Russia''s Minister for the Development of the Far East in a meeting aimed at discussing cooperation in trade and economy.',
     '{"trade","economic cooperation"}', null,
     'The article places the meeting in Moscow only by saying three North Korean officials visited Moscow earlier in March; it names no venue.'),
    ('han-man-hyok-moscow-photo-exhibition-2019-03-05', 'Han Man-hyok attends a Moscow photo exhibition and meets Russian counterparts',
     date '2019-03-05', date '2019-03-05', 'day', 'held', '042', 'Moscow', 'Photo exhibition on the 70th anniversary of Kim Il-sung''s state visit', 'RU',
     'A vice department director of the Workers'' Party Central Committee attended a photo exhibition marking the 70th anniversary of Kim Il-sung''s 1949 state visit to Moscow and met his Russian counterparts.',
     '{"70th anniversary of Kim Il-sung''s state visit to Moscow","party relations"}', null,
     'The article does not name the counterparts or the exhibition''s venue.'),
    ('im-chon-il-igor-morgulov-talks-2019-03-14', 'Im Chon-il and Igor Morgulov discuss a schedule of political contacts',
     date '2019-03-14', date '2019-03-14', 'day', 'held', '040', 'Moscow', 'Guesthouse of the Russian Foreign Ministry', 'RU',
     'North Korea''s Vice Foreign Minister met Russia''s Deputy Foreign Minister and discussed "a schedule of political contacts", according to Russia''s foreign ministry, which did not elaborate.',
     '{"schedule of political contacts"}', null,
     'Diplomatic sources speculate the "political contacts" could include a first Kim Jong-un-Putin summit (see kim-jong-un-vladimir-putin-summit-in-moscow).'),
    ('russian-senators-visit-north-korea-2019-03-16', 'Russian senators visit North Korea',
     date '2019-03-16', date '2019-03-21', 'day', 'held', '042', 'Pyongyang', null, 'KP',
     'A group of Russian senators led by Oleg Melnichenko visits North Korea to continue dialogue and discuss business, culture and other areas; Sergei Kislyak spoke to TASS on arrival at Pyongyang Sunan International Airport on March 16.',
     '{"dialogue","business","culture"}',
     (select id from delegation where slug = 'russian-senators-north-korea-2019-03'),
     'The article contradicts itself on the dates: March 16 to 21 in its text, March 14 to 21 in its photo caption. The text''s dates are used here; both are kept on the delegation.'),
    ('russian-senators-business-meetings-pyongyang-2019-03-16', 'Scheduled business meetings of the Russian senators in Pyongyang',
     date '2019-03-16', date '2019-03-21', 'day', 'planned', '040', 'Pyongyang', null, 'KP',
     'Business meetings scheduled in the senators'' program, which Melnichenko said included "not just the cultural part".',
     '{"business"}',
     (select id from delegation where slug = 'russian-senators-north-korea-2019-03'),
     'The article reports these meetings as scheduled on unstated days of the visit (dated here by the visit) and names none of the North Korean side.'),
    ('kim-jong-un-vladimir-putin-summit-in-moscow', 'Possible first summit of Kim Jong-un and Vladimir Putin in Moscow',
     null, null, 'unknown', 'speculated', '042', 'Moscow', null, 'RU',
     'Some diplomatic sources speculate that the "political contacts" discussed on March 14 could include a trip by Kim Jong-un to Moscow for his first summit with Vladimir Putin.',
     '{"summit","political contacts"}', null,
     'Speculation reported by the article, with no date. (The public record has the two first meeting in Vladivostok on April 25, 2019, after the article.)');

insert into meeting_country (meeting_id, country_code)
select m.id, c.code
from (values
    ('kim-il-sung-state-visit-to-moscow-1949', 'KP'), ('kim-il-sung-state-visit-to-moscow-1949', 'SU'),
    ('us-north-korea-summit-hanoi-2019-02-27', 'US'), ('us-north-korea-summit-hanoi-2019-02-27', 'KP'),
    ('kim-yong-jae-alexander-kozlov-talks-2019-03-04', 'KP'), ('kim-yong-jae-alexander-kozlov-talks-2019-03-04', 'RU'),
    ('han-man-hyok-moscow-photo-exhibition-2019-03-05', 'KP'), ('han-man-hyok-moscow-photo-exhibition-2019-03-05', 'RU'),
    ('im-chon-il-igor-morgulov-talks-2019-03-14', 'KP'), ('im-chon-il-igor-morgulov-talks-2019-03-14', 'RU'),
    ('russian-senators-visit-north-korea-2019-03-16', 'RU'), ('russian-senators-visit-north-korea-2019-03-16', 'KP'),
    ('russian-senators-business-meetings-pyongyang-2019-03-16', 'RU'), ('russian-senators-business-meetings-pyongyang-2019-03-16', 'KP'),
    ('kim-jong-un-vladimir-putin-summit-in-moscow', 'KP'), ('kim-jong-un-vladimir-putin-summit-in-moscow', 'RU')
) as mc(meeting, code)
join meeting m on m.slug = mc.meeting
join country c on c.code = mc.code;

insert into meeting_participant (meeting_id, official_id, role, ordinal)
select m.id, o.id, p.role, p.ordinal
from (values
    ('kim-il-sung-state-visit-to-moscow-1949', 'kim-il-sung', 'North Korean founder', 0),
    ('us-north-korea-summit-hanoi-2019-02-27', 'donald-trump', 'U.S. President', 0),
    ('us-north-korea-summit-hanoi-2019-02-27', 'kim-jong-un', 'North Korean leader', 1),
    ('kim-yong-jae-alexander-kozlov-talks-2019-03-04', 'kim-yong-jae', 'Minister for External Economic Affairs', 0),
    ('kim-yong-jae-alexander-kozlov-talks-2019-03-04', 'alexander-kozlov', 'Minister for the Development of the Far East', 1),
    ('han-man-hyok-moscow-photo-exhibition-2019-03-05', 'han-man-hyok', 'Vice Department Director of the Central Committee of the Workers'' Party', 0),
    ('im-chon-il-igor-morgulov-talks-2019-03-14', 'im-chon-il', 'Vice Foreign Minister', 0),
    ('im-chon-il-igor-morgulov-talks-2019-03-14', 'igor-morgulov', 'Deputy Foreign Minister', 1),
    ('russian-senators-visit-north-korea-2019-03-16', 'oleg-melnichenko', 'Head of the Russian delegation', 0),
    ('russian-senators-visit-north-korea-2019-03-16', 'sergei-kislyak', 'First Deputy Chairman of the Federation Council''s Committee for Foreign Affairs', 1),
    ('russian-senators-business-meetings-pyongyang-2019-03-16', 'oleg-melnichenko', 'Head of the Russian delegation', 0),
    ('kim-jong-un-vladimir-putin-summit-in-moscow', 'kim-jong-un', 'North Korean leader', 0),
    ('kim-jong-un-vladimir-putin-summit-in-moscow', 'vladimir-putin', 'Russian President', 1)
) as p(meeting, official, role, ordinal)
join meeting m on m.slug = p.meeting
join official o on o.slug = p.official;

insert into meeting_unnamed_party (meeting_id, description, country_code, ordinal)
select m.id, u.description, u.country_code, u.ordinal
from (values
    ('kim-il-sung-state-visit-to-moscow-1949', 'Soviet hosts (not named)', 'SU', 0),
    ('han-man-hyok-moscow-photo-exhibition-2019-03-05', 'His Russian counterparts (not named)', 'RU', 0),
    ('russian-senators-visit-north-korea-2019-03-16', 'Other Russian senators of the group (not named)', 'RU', 0),
    ('russian-senators-visit-north-korea-2019-03-16', 'North Korean hosts (not named)', 'KP', 1),
    ('russian-senators-business-meetings-pyongyang-2019-03-16', 'North Korean counterparts (not named)', 'KP', 0)
) as u(meeting, description, country_code, ordinal)
join meeting m on m.slug = u.meeting;

insert into citation (source_id, quote, claim, meeting_id, ordinal)
select s.id, c.quote, c.claim, m.id, c.ordinal
from (values
    ('kim-il-sung-state-visit-to-moscow-1949',
     'a photo exhibition organized to mark the 70th anniversary of North Korean founder Kim Il-sung''s official state visit to Moscow', 'visit; year by the 70th anniversary', 0),

    ('us-north-korea-summit-hanoi-2019-02-27',
     'the latest in a series of talks between the two countries following the collapse of the U.S.-North Korea summit in Hanoi, Vietnam', 'summit and place', 0),
    ('us-north-korea-summit-hanoi-2019-02-27',
     'following the collapse of talks between U.S. President Donald Trump and North Korean leader Kim Jong-un', 'participants and outcome', 1),
    ('us-north-korea-summit-hanoi-2019-02-27',
     'The failure of talks apparently clouds the North Korean leader''s plans to rebuild the country''s economy by convincing the U.S. to lift nuclear sanctions against his regime.', 'topic', 2),

    ('kim-yong-jae-alexander-kozlov-talks-2019-03-04',
     'The North''s Minister for External Economic Affairs Kim Yong-jae met with Russian Minister for the Development of the Far East Alexander Kozlov from March 4 to 6 during a meeting aimed at discussing cooperation in trade and economy.', 'participants, dates and topic', 0),
    ('kim-yong-jae-alexander-kozlov-talks-2019-03-04',
     'three North Korean officials visited Moscow separately earlier this month and met their Russian counterparts', 'place', 1),

    ('han-man-hyok-moscow-photo-exhibition-2019-03-05',
     'On March 5, Han Man-hyok, vice department director of the Central Committee of the North''s ruling Workers'' Party, attended a photo exhibition organized to mark the 70th anniversary of North Korean founder Kim Il-sung''s official state visit to Moscow and met his counterparts accordingly.', 'participant, date and occasion', 0),
    ('han-man-hyok-moscow-photo-exhibition-2019-03-05',
     'three North Korean officials visited Moscow separately earlier this month and met their Russian counterparts', 'place and counterparts', 1),

    ('im-chon-il-igor-morgulov-talks-2019-03-14',
     'On March 14, North Korean Vice Foreign Minister Im Chon-il met with Russian Deputy Foreign Minister Igor Morgulov and discussed "a schedule of political contacts," according to Russia''s foreign ministry. It did not elaborate further.', 'participants, date and topic (per Russia''s foreign ministry)', 0),
    ('im-chon-il-igor-morgulov-talks-2019-03-14',
     'North Korean Vice Foreign Minister Im Chon-il, right, enters the guesthouse of Russia''s foreign ministry to meet with Russian Deputy Foreign Minister Igor Morgulov in Moscow, March 14.', 'place and venue (photo caption)', 1),

    ('russian-senators-visit-north-korea-2019-03-16',
     'A group of Russian senators is visiting North Korea, the latest in a series of talks between the two countries following the collapse of the U.S.-North Korea summit in Hanoi, Vietnam.', 'visit', 0),
    ('russian-senators-visit-north-korea-2019-03-16',
     'said the visit from March 16 to 21 will be "an absolutely natural, normal practice" to continue dialogue between the two countries', 'dates (text)', 1),
    ('russian-senators-visit-north-korea-2019-03-16',
     'A group of Russian senators is visiting North Korea separately from March 14 to 21 to discuss issues on business, culture and other areas.', 'dates (photo caption, contradicts the text) and purpose', 2),
    ('russian-senators-visit-north-korea-2019-03-16',
     'Kislyak told Russian news agency TASS after arriving at Pyongyang Sunan International Airport, March 16.', 'arrival', 3),
    ('russian-senators-visit-north-korea-2019-03-16',
     '"The goal of the visit (to North Korea) is to continue the dialogue with a country that is friendly to us and that is solving most difficult problems in the foreign and domestic policies,"', 'purpose', 4),
    ('russian-senators-visit-north-korea-2019-03-16',
     'Oleg Melnichenko, who heads the Russian delegation', 'head', 5),

    ('russian-senators-business-meetings-pyongyang-2019-03-16',
     'Oleg Melnichenko, who heads the Russian delegation, said, "We have a heavy substantial program that includes not just the cultural part," in his reference to a number of scheduled business meetings.', 'scheduled business meetings', 0),

    ('kim-jong-un-vladimir-putin-summit-in-moscow',
     'Some diplomatic sources speculate "political contacts" could include Kim Jong-un''s possible trip to Moscow for his first summit with Russian President Vladimir Putin.', 'speculated summit', 0)
) as c(meeting, quote, claim, ordinal)
join meeting m on m.slug = c.meeting
cross join source s
where s.slug = 'korea-times-nk-russia-support-2019-03';
