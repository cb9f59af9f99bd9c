package org.contacttimeline.candidate;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the published formats, without a database: which GDELT columns and PLOVER fields become what, how PLOVER's
 * CONSULT modes become CAMEO codes, which country codes are mapped and which are not, when names are alike.
 */
class EventFormatsTests {

	private final GdeltEvents gdelt = new GdeltEvents(new CameoCountries());

	private final PloverEvents plover = new PloverEvents(JsonMapper.builder().build(), new CameoCountries());

	private static List<String> lines(String fixture) throws IOException {
		return Files.readAllLines(CandidateFixtures.FIXTURES.resolve(fixture), StandardCharsets.UTF_8);
	}

	@Test
	void readsAGdeltRowByTheColumnsOfTheCodebook() throws IOException {
		EventRecord event = ((Parsed.Event) this.gdelt.parse(lines(CandidateFixtures.EXPORT).get(3))).event();

		assertThat(event.eventId()).isEqualTo("834000001");
		assertThat(event.date()).isEqualTo(LocalDate.of(2019, 4, 25));
		assertThat(event.code()).isEqualTo("042");
		assertThat(event.actor1()).isEqualTo(new EventRecord.Actor("KIM JONG UN", "KP", "PRK"));
		assertThat(event.actor2()).isEqualTo(new EventRecord.Actor("VLADIMIR PUTIN", "RU", "RUS"));
		// ActionGeo_CountryCode is FIPS 10-4: RS is Russia there
		assertThat(event.place()).isEqualTo(new EventRecord.Place("Vladivostok, Primor'ye, Russia", "Vladivostok", "RU",
				"gns:-3013426"));
		assertThat(event.mentions()).isEqualTo(40);
		assertThat(event.sourceUrl()).startsWith("https://www.reuters.com/");
		assertThat(GdeltEvents.COLUMNS).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE").endsWith("DATEADDED", "SOURCEURL");
	}

	@Test
	void readsAPlaceKnownOnlyByItsCountryWithoutACityAndSkipsAHeader() throws IOException {
		EventRecord event = ((Parsed.Event) this.gdelt.parse(lines(CandidateFixtures.EXPORT).get(2))).event();

		assertThat(event.place()).isEqualTo(new EventRecord.Place("Russia", null, "RU", null));
		assertThat(this.gdelt.parse(String.join("\t", GdeltEvents.COLUMNS))).isInstanceOf(Parsed.Nothing.class);
		assertThat(this.gdelt.parse("")).isInstanceOf(Parsed.Nothing.class);
	}

	@Test
	void mapsPloverConsultModesToCameoCodes() {
		Map<String, String> modes = new HashMap<>();
		modes.put("\"visit\"", "042");
		modes.put("\"host\"", "043");
		modes.put("[\"third-party\"]", "044");
		modes.put("\"multilateral\"", "040");
		modes.put("null", "040");
		modes.put("\"phone\"", "041");
		modes.forEach((mode, code) -> assertThat(((Parsed.Event) this.plover.parse(record("\"CONSULT\"", mode))).event().code())
			.as(mode)
			.isEqualTo(code));
		assertThat(((Parsed.Event) this.plover.parse(record("\"AGREE\"", "null"))).event().code()).isNull();
		assertThat(this.plover.parse(record("\"CONSUL\"", "null"))).isInstanceOf(Parsed.Malformed.class);
		assertThat(this.plover.parse(record("\"CONSULT\"", "\"video\""))).isInstanceOf(Parsed.Malformed.class);
	}

	private static String record(String event, String mode) {
		return "{\"id\": 7, \"date\": \"2019-04-25\", \"event\": " + event + ", \"mode\": " + mode
				+ ", \"actor\": {\"code\": \"PRK\", \"identifier_text\": \"Kim Jong Un\"}, \"recipient\": [{\"code\": \"rus\", \"name\": \"Putin\"}]}";
	}

	@Test
	void readsThePloverFieldsItDocuments() throws IOException {
		EventRecord summit = ((Parsed.Event) this.plover.parse(lines(CandidateFixtures.POLECAT).get(0))).event();
		EventRecord bothActors = ((Parsed.Event) this.plover.parse(lines(CandidateFixtures.POLECAT).get(4))).event();

		assertThat(summit.eventId()).isEqualTo("PLV-20190425-0001");
		assertThat(summit.actor1()).isEqualTo(new EventRecord.Actor("Kim Jong Un", "KP", "PRK"));
		assertThat(summit.actor2()).isEqualTo(new EventRecord.Actor("Vladimir Putin", "RU", "RUS"));
		assertThat(summit.place()).isEqualTo(new EventRecord.Place("Vladivostok", "Vladivostok", "RU", "geonames:2013348"));
		assertThat(summit.sourceUrl()).isEqualTo("https://www.theguardian.com/world/2019/apr/25/kim-putin");
		assertThat(summit.mentions()).isEqualTo(1);
		assertThat(bothActors.actor1().country()).isEqualTo("KP");
		assertThat(bothActors.actor2().country()).isEqualTo("RU");
		assertThat(((Parsed.Event) this.plover.parse(record("\"CONSULT\"", "null"))).event().eventId()).isEqualTo("7");
		assertThat(((Parsed.Malformed) this.plover.parse("{\"date\": \"2019-04-25\", \"event\": \"CONSULT\"}")).message())
			.contains("no 'id'");
		assertThat(this.plover.parse("[1, 2]")).isInstanceOf(Parsed.Malformed.class);
	}

	@Test
	void mapsCameoCountriesAndLeavesRegionsUnmapped() {
		CameoCountries cameo = new CameoCountries();

		assertThat(cameo.alpha2("PRK")).isEqualTo("KP");
		assertThat(cameo.alpha2("ROM")).isEqualTo("RO");
		assertThat(cameo.alpha2("ZAR")).isEqualTo("CD");
		assertThat(cameo.alpha2("TMP")).isEqualTo("TL");
		for (String region : List.of("AFR", "ASA", "EUR", "MEA", "WST", "NMR", "YUG", "KSV", "", "RU", "prk")) {
			assertThat(cameo.alpha2(region)).as(region).isNull();
		}
	}

	@Test
	void mapsFipsCodesToIsoCodesWhereTheyDiffer() {
		assertThat(FipsCountries.alpha2("RS")).isEqualTo("RU");
		assertThat(FipsCountries.alpha2("RI")).isEqualTo("RS");
		assertThat(FipsCountries.alpha2("KN")).isEqualTo("KP");
		assertThat(FipsCountries.alpha2("KS")).isEqualTo("KR");
		assertThat(FipsCountries.alpha2("UP")).isEqualTo("UA");
		assertThat(FipsCountries.alpha2("SU")).isEqualTo("SD");
		assertThat(FipsCountries.alpha2("GM")).isEqualTo("DE");
		assertThat(FipsCountries.alpha2("CH")).isEqualTo("CN");
		assertThat(FipsCountries.alpha2("VM")).isEqualTo("VN");
		for (String unmapped : List.of("KV", "AX", "DX", "PF", "PG", "WQ", "OS", "XX")) {
			assertThat(FipsCountries.alpha2(unmapped)).as(unmapped).isNull();
		}
		assertThat(FipsCountries.all().values()).allSatisfy((iso) -> assertThat(Locale.getISOCountries()).contains(iso));
		// one ISO country for two FIPS codes only where FIPS splits it: Gaza and the West Bank, Svalbard and Jan Mayen
		Map<String, List<String>> shared = new HashMap<>();
		FipsCountries.all().forEach((fips, iso) -> shared.computeIfAbsent(iso, (k) -> new java.util.ArrayList<>()).add(fips));
		shared.values().removeIf((codes) -> codes.size() == 1);
		assertThat(shared.keySet()).containsExactlyInAnyOrder("PS", "SJ");
	}

	@Test
	void findsNamesAlikeWhateverTheirCaseAccentsAndPunctuation() {
		assertThat(Likeness.normal("Kim Jong-un")).isEqualTo("KIM JONG UN");
		assertThat(Likeness.close(Likeness.normal("P'yongyang"), Likeness.normal("Pyongyang"))).isTrue();
		assertThat(Likeness.close(Likeness.normal("VLADIMIR PUTIN"), Likeness.normal("Vladimir V. Putin"))).isTrue();
		assertThat(Likeness.close(Likeness.normal("Müller"), Likeness.normal("MULLER"))).isTrue();
		assertThat(Likeness.close(Likeness.normal("KIM JONG UN"), Likeness.normal("KIM YONG CHOL"))).isFalse();
		assertThat(Likeness.close(Likeness.normal("Moscow"), Likeness.normal("Vladivostok"))).isFalse();
		assertThat(Likeness.close(null, "RUSSIA")).isFalse();
		assertThat(Likeness.normal(" - ")).isNull();
	}

	@Test
	void readsLinesInBoundedMemorySkippingOneTooLongToKeep() throws IOException {
		String tooLong = "x".repeat(Lines.MAX_LENGTH + 10);
		Lines lines = new Lines(new StringReader("first\r\n" + tooLong + "\nthird\n\nlast"));

		assertThat(lines.next()).isEqualTo("first");
		assertThat(lines.next()).isEmpty();
		assertThat(lines.tooLong()).isTrue();
		assertThat(lines.next()).isEqualTo("third");
		assertThat(lines.tooLong()).isFalse();
		assertThat(lines.number()).isEqualTo(3);
		assertThat(lines.next()).isEmpty();
		assertThat(lines.next()).isEqualTo("last");
		assertThat(lines.number()).isEqualTo(5);
		assertThat(lines.next()).isNull();
	}

}
