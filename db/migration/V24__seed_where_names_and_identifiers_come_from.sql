-- The article gives every name in English only. Where the seed has a name in its own script, say where that
-- spelling comes from; where a country's Wikidata item is known from a named dataset, record it with that source.
-- People and organizations of the article get no Wikidata identifier here: none could be checked against a source
-- that can be named, and a wrong identifier would join our data to someone else's.
update official o set original_name_source = s.source
from (values
    ('im-chon-il', 'Not in the article. Spelled 임천일 by The Dong-A Ilbo (10 November 2018, on his appointment as vice foreign minister); Yonhap writes 림청일, the North''s spelling.'),
    ('kim-yong-jae', 'Not in the article. Spelled 김영재 by Daily Hankook (6 June 2019), in a Yonhap photo caption of his meeting with Alexander Kozlov in Moscow on 6 March 2019.'),
    ('kim-jong-un', 'Not in the article. Spelled 김정은 by The Dong-A Ilbo (News1, 7 June 2019).'),
    ('kim-il-sung', 'Not in the article. Spelled 김일성 by The Dong-A Ilbo (News1, 7 June 2019).'),
    ('igor-morgulov', 'Not in the article. Spelled Игорь Моргулов by News.ru (7 August 2019).'),
    ('oleg-melnichenko', 'Not in the article. RT in Russian (2019), relaying TASS, writes the name in the genitive, Олега Мельниченко; the nominative is given here.'),
    ('vladimir-putin', 'Not in the article. Spelled Владимир Путин by Vestnik Kavkaza (2018).'),
    ('alexander-kozlov', 'Not in the article, and no published source is recorded for this spelling: it is the usual Russian spelling of the name, given by the editor of the seed.'),
    ('sergei-kislyak', 'Not in the article, and no published source is recorded for this spelling: it is the usual Russian spelling of the name, given by the editor of the seed.')
) as s(official, source)
where o.slug = s.official;

update country c set wikidata = w.wikidata,
    wikidata_source = 'Our World in Data, countries and regions reference data (owid-grapher, CountriesRegions.ts), column wikidata_uri'
from (values ('KP', 'Q423'), ('RU', 'Q159'), ('US', 'Q30'), ('VN', 'Q881'), ('CN', 'Q148'), ('KR', 'Q884')) as w(code, wikidata)
where c.code = w.code;
