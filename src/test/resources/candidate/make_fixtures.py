#!/usr/bin/env python3
"""Writes the fixture files of the candidate tests, in the published formats: python3 make_fixtures.py

GDELT 2.0 events exports (61 tab-separated columns in the order of the GDELT 2.0 Event Codebook, no header, zipped
as GDELT publishes them or plain) and POLECAT/PLOVER records (JSON lines with the PLOVER field names). Deterministic:
the same files every run (a fixed random seed, fixed zip timestamps). The contacts the tests look for are written
first, at known lines; several hundred rows of other countries and other codes fill the rest.
"""
import json
import random
import zipfile

RNG = random.Random(20190425)

# FIPS 10-4 (places) and CAMEO (actors) codes of the countries used, with a city each (name, ADM1, lat, long, GNS id)
COUNTRIES = {
    "PRK": ("KN", "North Korea", ("Pyongyang", "KN12", 39.0194, 125.7547, "-1254013")),
    "RUS": ("RS", "Russia", ("Moscow", "RS48", 55.7522, 37.6156, "-2960561")),
    "CHN": ("CH", "China", ("Beijing", "CH22", 39.9289, 116.388, "-1898541")),
    "USA": ("US", "United States", ("Washington", "USDC", 38.8951, -77.0364, "531871")),
    "KOR": ("KS", "South Korea", ("Seoul", "KS11", 37.5664, 126.9997, "-716583")),
    "JPN": ("JA", "Japan", ("Tokyo", "JA40", 35.685, 139.751, "-246227")),
    "VNM": ("VM", "Vietnam", ("Hanoi", "VM44", 21.0333, 105.85, "-3715035")),
    "FRA": ("FR", "France", ("Paris", "FRA8", 48.8667, 2.3333, "-1456928")),
    "DEU": ("GM", "Germany", ("Berlin", "GM16", 52.5167, 13.4, "-1746443")),
    "IND": ("IN", "India", ("New Delhi", "IN07", 28.6, 77.2, "-2106102")),
}
VLADIVOSTOK = ("4", "Vladivostok, Primor'ye, Russia", "RS", "RS59", 43.1056, 131.874, "-3013426")
MOSCOW = ("4", "Moscow, Moskva, Russia", "RS", "RS48", 55.7522, 37.6156, "-2960561")
PYONGYANG = ("4", "Pyongyang, P'yongyang-si, North Korea", "KN", "KN12", 39.0194, 125.7547, "-1254013")
KHABAROVSK = ("4", "Khabarovsk, Khabarovsk, Russia", "RS", "RS30", 48.4827, 135.084, "-2022890")
RUSSIA = ("1", "Russia", "RS", "RS", 60, 100, "RS")
NOWHERE = ("", "", "", "", "", "", "")

GOLDSTEIN = {"036": "4.0", "040": "1.0", "041": "1.0", "042": "1.9", "043": "2.8", "044": "2.5", "045": "5.0",
             "046": "7.0", "010": "0.0", "051": "3.4", "057": "8.0", "111": "-2.0", "190": "-10.0", "173": "-5.0"}


def quad(code):
    root = int(code[:2])
    return "1" if root <= 5 else "2" if root <= 9 else "3" if root <= 14 else "4"


def geo(place):
    kind, name, fips, adm1, lat, lon, feature = place
    return [kind, name, fips, adm1, "", str(lat), str(lon), feature]


def actor_code(name, country):
    if not country:
        return ""
    plain = {c[1].upper() for c in COUNTRIES.values()}
    return country if name in plain else country + "GOV"


def gdelt(event_id, day, actor1, country1, actor2, country2, code, mentions, place, url):
    year, month, dom = day[:4], day[4:6], day[6:]
    columns = [str(event_id), day, year + month, year, f"{int(year) + (int(month) * 30 + int(dom)) / 365:.4f}",
               actor_code(actor1, country1), actor1, country1, "", "", "", "", "GOV" if country1 else "", "", "",
               actor_code(actor2, country2), actor2, country2, "", "", "", "", "GOV" if country2 else "", "", "",
               "1", code, code[:3], code[:2], quad(code), GOLDSTEIN.get(code, "1.0"), str(mentions),
               str(max(1, mentions // 3)), str(mentions), f"{RNG.uniform(-5, 5):.6f}",
               *geo(place), *geo(place), *geo(place), day + "113000", url]
    assert len(columns) == 61
    return "\t".join(columns)


def column(row, index, value):
    """The row with one column (0: GLOBALEVENTID, 1: SQLDATE, 31: NumMentions) replaced."""
    columns = row.split("\t")
    columns[index] = value
    return "\t".join(columns)


def city_of(country):
    fips, name, (city, adm1, lat, lon, feature) = COUNTRIES[country]
    return ("4", f"{city}, {name}", fips, adm1, lat, lon, feature)


def filler(count, first_id, exclude_pairs):
    """Events of other pairs of countries and other codes; never a contact between North Korea and Russia."""
    rows = []
    codes = ["010", "036", "040", "042", "043", "044", "046", "051", "057", "111", "173", "190"]
    names = {"PRK": ["KIM JONG UN", "NORTH KOREA"], "RUS": ["VLADIMIR PUTIN", "RUSSIA"], "CHN": ["XI JINPING", "CHINA"],
             "USA": ["DONALD TRUMP", "UNITED STATES"], "KOR": ["MOON JAE IN", "SOUTH KOREA"],
             "JPN": ["SHINZO ABE", "JAPAN"], "VNM": ["VIETNAM"], "FRA": ["EMMANUEL MACRON", "FRANCE"],
             "DEU": ["ANGELA MERKEL", "GERMANY"], "IND": ["NARENDRA MODI", "INDIA"]}
    while len(rows) < count:
        a, b = RNG.sample(sorted(COUNTRIES), 2)
        if frozenset((a, b)) in exclude_pairs:
            continue
        day = f"2019{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}"
        code = RNG.choice(codes)
        where = city_of(RNG.choice((a, b)))
        rows.append(gdelt(first_id + len(rows), day, RNG.choice(names[a]), a, RNG.choice(names[b]), b, code,
                          RNG.randint(1, 30), where, f"https://news.example.org/{day}/{first_id + len(rows)}"))
    return rows


def events_file():
    kp_ru = frozenset(("PRK", "RUS"))
    rows = [
        # 1-3: the Im Chon-il - Igor Morgulov talks of 2019-03-14 in Moscow, already in the timeline
        gdelt(830000001, "20190314", "IM CHON IL", "PRK", "IGOR MORGULOV", "RUS", "040", 12, MOSCOW,
              "https://tass.com/politics/1048915"),
        gdelt(830000002, "20190314", "RUSSIA", "RUS", "NORTH KOREA", "PRK", "043", 6, MOSCOW,
              "https://www.rt.com/news/454000-north-korea-russia-talks/"),
        gdelt(830000003, "20190315", "IGOR MORGULOV", "RUS", "IM CHON-IL", "PRK", "040", 3, RUSSIA,
              "https://www.interfax.ru/world/654321"),
        # 4-8: Kim Jong Un and Vladimir Putin in Vladivostok, 24-26 April 2019 (line 8 repeats line 4's event)
        gdelt(834000001, "20190425", "KIM JONG UN", "PRK", "VLADIMIR PUTIN", "RUS", "042", 40, VLADIVOSTOK,
              "https://www.reuters.com/article/us-northkorea-russia-summit-idUSKCN1S106Q"),
        gdelt(834000002, "20190425", "VLADIMIR PUTIN", "RUS", "KIM JONG UN", "PRK", "043", 25, VLADIVOSTOK,
              "https://apnews.com/article/kim-putin-vladivostok"),
        gdelt(834000003, "20190424", "KIM JONG-UN", "PRK", "RUSSIA", "RUS", "042", 8, VLADIVOSTOK,
              "https://www.yna.co.kr/view/AEN20190424000351315"),
        gdelt(834000004, "20190426", "KIM JONG UN", "PRK", "VLADIMIR PUTIN", "RUS", "040", 5, RUSSIA,
              "https://www.nknews.org/2019/04/kim-leaves-vladivostok/"),
        gdelt(834000001, "20190425", "KIM JONG UN", "PRK", "VLADIMIR PUTIN", "RUS", "042", 40, VLADIVOSTOK,
              "https://www.reuters.com/article/us-northkorea-russia-summit-idUSKCN1S106Q"),
        # 9-10: Choe Son Hui and Sergei Lavrov in Moscow on the same days: another contact
        gdelt(834000011, "20190425", "CHOE SON HUI", "PRK", "SERGEI LAVROV", "RUS", "046", 9, MOSCOW,
              "https://www.mid.ru/en/press_service/choe-lavrov"),
        gdelt(834000012, "20190426", "SERGEI LAVROV", "RUS", "CHOE SON HUI", "PRK", "046", 4, MOSCOW,
              "https://tass.com/politics/1055000"),
        # 11: an intent to meet
        gdelt(835000001, "20190520", "NORTH KOREA", "PRK", "RUSSIA", "RUS", "036", 3, PYONGYANG,
              "https://www.kcna.kp/en/article/intent"),
        # 12-13: a Russian visit to Pyongyang, 10-11 June (the tests reject it)
        gdelt(836000001, "20190610", "RUSSIA", "RUS", "NORTH KOREA", "PRK", "042", 2, PYONGYANG,
              "https://www.nknews.org/2019/06/russian-delegation/"),
        gdelt(836000002, "20190611", "NORTH KOREA", "PRK", "RUSSIA", "RUS", "043", 1, PYONGYANG,
              "https://www.nknews.org/2019/06/russian-delegation-leaves/"),
        # 14-15: the same two men in Moscow nine days apart: two contacts
        gdelt(838000001, "20190801", "KIM YONG CHOL", "PRK", "SERGEI SHOIGU", "RUS", "040", 2, MOSCOW,
              "https://tass.com/defense/1070001"),
        gdelt(838000002, "20190810", "KIM YONG CHOL", "PRK", "SERGEI SHOIGU", "RUS", "040", 3, MOSCOW,
              "https://tass.com/defense/1071002"),
        # 16-20: talks in Khabarovsk every other day: a group spans at most 7 days, so the 9th starts another
        gdelt(839000001, "20190901", "NORTH KOREA", "PRK", "RUSSIA", "RUS", "046", 2, KHABAROVSK,
              "https://example.ru/khabarovsk/1"),
        gdelt(839000002, "20190903", "NORTH KOREA", "PRK", "RUSSIA", "RUS", "046", 2, KHABAROVSK,
              "https://example.ru/khabarovsk/2"),
        gdelt(839000003, "20190905", "RUSSIA", "RUS", "NORTH KOREA", "PRK", "046", 2, KHABAROVSK,
              "https://example.ru/khabarovsk/3"),
        gdelt(839000004, "20190907", "NORTH KOREA", "PRK", "RUSSIA", "RUS", "046", 2, KHABAROVSK,
              "https://example.ru/khabarovsk/4"),
        gdelt(839000005, "20190909", "NORTH KOREA", "PRK", "RUSSIA", "RUS", "046", 2, KHABAROVSK,
              "https://example.ru/khabarovsk/5"),
        # 21-24: North Korea and Russia, but not a meeting: a phone call, a statement, praise, a fight
        gdelt(840000001, "20190425", "KIM JONG UN", "PRK", "VLADIMIR PUTIN", "RUS", "041", 7, RUSSIA, "https://x.example/1"),
        gdelt(840000002, "20190425", "KIM JONG UN", "PRK", "VLADIMIR PUTIN", "RUS", "010", 7, RUSSIA, "https://x.example/2"),
        gdelt(840000003, "20190426", "VLADIMIR PUTIN", "RUS", "KIM JONG UN", "PRK", "051", 7, RUSSIA, "https://x.example/3"),
        gdelt(840000004, "20190426", "RUSSIA", "RUS", "NORTH KOREA", "PRK", "190", 1, RUSSIA, "https://x.example/4"),
        # 25-26: one country on both sides; a side without a country, or with a region instead of one
        gdelt(840000005, "20190425", "VLADIMIR PUTIN", "RUS", "SERGEI LAVROV", "RUS", "040", 4, MOSCOW, "https://x.example/5"),
        gdelt(840000006, "20190425", "KIM JONG UN", "PRK", "AFRICA", "AFR", "040", 4, PYONGYANG, "https://x.example/6"),
        gdelt(840000007, "20190425", "KIM JONG UN", "PRK", "", "", "040", 4, PYONGYANG, "https://x.example/7"),
        # 28-30: North Korea's contacts with China and the United States
        gdelt(840000008, "20190620", "XI JINPING", "CHN", "KIM JONG UN", "PRK", "042", 30, PYONGYANG, "https://x.example/8"),
        gdelt(840000009, "20190621", "KIM JONG UN", "PRK", "XI JINPING", "CHN", "043", 20, PYONGYANG, "https://x.example/9"),
        gdelt(840000010, "20190630", "DONALD TRUMP", "USA", "KIM JONG UN", "PRK", "044", 50, city_of("KOR"), "https://x.example/10"),
    ]
    rows.insert(26, "")  # a blank line (line 27) is no row
    malformed = {
        # line: row; each wrong in one way
        60: gdelt(850000001, "20190425", "A", "PRK", "B", "RUS", "040", 1, MOSCOW, "u").rsplit("\t", 1)[0],
        90: gdelt(850000002, "20190425", "A", "PRK", "B", "RUS", "040", 1, MOSCOW, "u") + "\textra",
        120: gdelt(850000003, "20190230", "A", "PRK", "B", "RUS", "040", 1, MOSCOW, "u"),
        150: column(gdelt(850000004, "20190305", "A", "PRK", "B", "RUS", "040", 1, MOSCOW, "u"), 1, "2019-03-05"),
        180: gdelt(850000005, "20190425", "A", "PRK", "B", "RUS", "0499", 1, MOSCOW, "u"),
        210: gdelt(850000006, "20190425", "A", "PRK", "B", "RUS", "999", 1, MOSCOW, "u"),
        240: column(gdelt(850000007, "20190425", "A", "PRK", "B", "RUS", "040", 1, MOSCOW, "u"), 0, "12a"),
        270: column(gdelt(850000008, "20190425", "A", "PRK", "B", "RUS", "040", 1, MOSCOW, "u"), 31, "many"),
    }
    rows += filler(400 - len(rows) - len(malformed), 860000000, {kp_ru})
    for line in sorted(malformed):
        rows.insert(line - 1, malformed[line])
    return rows


def later_file():
    """A later export: more of the Vladivostok summit and of the rejected June visit, and a new contact."""
    return [
        gdelt(870000001, "20190427", "VLADIMIR PUTIN", "RUS", "KIM JONG UN", "PRK", "040", 11, VLADIVOSTOK,
              "https://www.kremlin.ru/events/president/news/60370"),
        gdelt(870000002, "20190612", "RUSSIA", "RUS", "NORTH KOREA", "PRK", "042", 2, PYONGYANG,
              "https://www.nknews.org/2019/06/russian-delegation-again/"),
        gdelt(870000003, "20191120", "CHOE RYONG HAE", "PRK", "VALENTINA MATVIYENKO", "RUS", "042", 6, MOSCOW,
              "https://tass.com/politics/1090000"),
    ] + filler(57, 880000000, {frozenset(("PRK", "RUS"))})


def plover(record_id, day, event, mode, actors, recipients, place=None, url=None):
    record = {"id": record_id, "date": day, "event": event, "actor": actors, "recipient": recipients}
    if mode is not None:
        record["mode"] = mode
    if place is not None:
        record["event_loc"] = place
    if url is not None:
        record["cite_info"] = {"url": url, "publication": "Example"}
    return json.dumps(record, ensure_ascii=False)


def entity(code, name):
    return {"code": code, "sector": "GOV", "entity_text": name}


def plover_file():
    vladivostok = {"extracted_place": "Vladivostok", "resolved_place": "Vladivostok", "city": "Vladivostok",
                   "country_code": "RUS", "geonameid": 2013348, "lat": 43.10562, "lon": 131.87353}
    lines = [
        # 1: the Vladivostok summit again, as POLECAT codes it: it joins the GDELT events' group
        plover("PLV-20190425-0001", "2019-04-25", "CONSULT", "visit", [entity("PRK", "Kim Jong Un")],
               [entity("RUS", "Vladimir Putin")], vladivostok, "https://www.theguardian.com/world/2019/apr/25/kim-putin"),
        # 2: a phone call is no meeting; 3: an intent to cooperate is not only one to meet
        plover("PLV-20190501-0002", "2019-05-01", "CONSULT", "phone", [entity("PRK", "Kim Jong Un")],
               [entity("RUS", "Vladimir Putin")]),
        plover("PLV-20190502-0003", "2019-05-02", "AGREE", None, [entity("PRK", "North Korea")], [entity("RUS", "Russia")]),
        # 4: a meeting at a multilateral forum
        plover("PLV-20191005-0004", "2019-10-05", ["CONSULT"], ["multilateral"], [entity("RUS", "Sergei Lavrov")],
               [entity("PRK", "Ri Yong Ho")], {"resolved_place": "Vladivostok", "city": "Vladivostok", "country_code": "RUS"},
               "https://example.org/eef"),
        # 5: a consultation without host or visitor: both sides are actors
        plover("PLV-20191111-0005", "2019-11-11", "consult", None,
               [entity("PRK", "Kim Yong Chol"), entity("RUS", "Sergei Shoigu")], [], None, "https://example.org/shoigu"),
        # 6-10: no JSON object; no date; a day that does not exist; no PLOVER category; no CONSULT mode
        '{"id": "PLV-bad-0006", "date": "2019-04-25", "event": ',
        plover("PLV-bad-0007", None, "CONSULT", None, [entity("PRK", "A")], [entity("RUS", "B")]),
        plover("PLV-bad-0008", "2019-13-01", "CONSULT", None, [entity("PRK", "A")], [entity("RUS", "B")]),
        plover("PLV-bad-0009", "2019-04-25", "CONSUL", None, [entity("PRK", "A")], [entity("RUS", "B")]),
        plover("PLV-bad-0010", "2019-04-25", "CONSULT", "video", [entity("PRK", "A")], [entity("RUS", "B")]),
    ]
    categories = ["CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "ACCUSE", "REJECT", "THREATEN", "ASSAULT"]
    others = sorted(set(COUNTRIES) - {"PRK", "RUS"})
    while len(lines) < 200:
        a, b = RNG.sample(others, 2)
        category = RNG.choice(categories)
        mode = RNG.choice(["visit", "host", "third-party", None]) if category == "CONSULT" else None
        lines.append(plover(f"PLV-2019-{len(lines) + 1:04d}", f"2019-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}",
                            category, mode, [entity(a, COUNTRIES[a][1])], [entity(b, COUNTRIES[b][1])]))
    return lines


def write(name, lines):
    with open(name, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")


def zipped(name, entries):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry, text in entries:
            info = zipfile.ZipInfo(entry, date_time=(2019, 4, 25, 0, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)


if __name__ == "__main__":
    events = events_file()
    write("20190425000000.export.CSV", events)
    text = "\n".join(events) + "\n"
    zipped("20190425000000.export.CSV.zip", [("20190425000000.export.CSV", text)])
    data = open("20190425000000.export.CSV.zip", "rb").read()
    open("truncated.export.CSV.zip", "wb").write(data[: len(data) // 2])
    zipped("two-files.export.CSV.zip", [("a.export.CSV", text), ("b.export.CSV", text)])
    write("20191120000000.export.CSV", later_file())
    write("polecat-2019.jsonl", plover_file())
    # other formats: a GDELT mentions file (16 columns), a comma-separated file, an empty file
    write("20190425000000.mentions.CSV", ["\t".join(["834000001", "20190425113000", "20190425113000", "1", "reuters.com",
                                                     "https://www.reuters.com/a", "0", "-1", "-1", "-1", "1", "1", "4",
                                                     "1", "100", "-1.5"])] * 20)
    write("events.csv", ["GLOBALEVENTID,SQLDATE,Actor1Name", "834000001,20190425,KIM JONG UN"])
    open("empty.export.CSV", "w").close()
    print(f"{len(events)} lines; malformed at 60, 90, 120, 150, 180, 210, 240, 270")
