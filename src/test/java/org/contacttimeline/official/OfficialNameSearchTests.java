package org.contacttimeline.official;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's officials found however their names are spelled: other romanizations of the Korean names,
 * transliterations of the Russian ones, their own scripts, their aliases, and close misspellings as "did you mean".
 */
@ApiTest
@RestoresSeed
class OfficialNameSearchTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			Rim Chon Il,         im-chon-il
			Lim Chon-il,         im-chon-il
			Im Chonil,           im-chon-il
			Im Chon-il,          im-chon-il
			임천일,               im-chon-il
			림청일,               im-chon-il
			Kim Yong Jae,        kim-yong-jae
			Kim Jung-un,         kim-jong-un
			Kim Jong Eun,        kim-jong-un
			Han Man Hyuk,        han-man-hyok
			Sergey Kislyak,      sergei-kislyak
			Кисляк,              sergei-kislyak
			Morgulow,            igor-morgulov
			Моргулов,            igor-morgulov
			Aleksandr Kozlov,    alexander-kozlov
			Oleg Melnichenko,    oleg-melnichenko
			""")
	void findsTheSeedsOfficialUnderAnotherSpellingOfTheirName(String q, String slug) {
		Api.Response found = search(q);

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.<List<String>>json("$.items[*].slug")).containsExactly(slug);
		assertThat(found.body()).doesNotContain("didYouMean");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(textBlock = """
			Kislyack,         sergei-kislyak
			Morgolov,         igor-morgulov
			Melnichenco,      oleg-melnichenko
			Kislayk,          sergei-kislyak
			Im Chon Ill,      im-chon-il
			""")
	void suggestsTheClosestNamesWhenAMisspellingFindsNone(String q, String slug) {
		Api.Response found = search(q);

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.<List<Object>>json("$.items")).isEmpty();
		assertThat(found.<String>json("$.didYouMean[0].slug")).isEqualTo(slug);
		assertThat(found.<String>json("$.didYouMean[0].because")).isNotBlank();
	}

	@Test
	void suggestsNothingForAWordFarFromEveryName() {
		assertThat(search("Zebulon").body()).doesNotContain("didYouMean");
	}

	@Test
	void keepsAnAliasWithItsSourceFindsTheOfficialByItAndRecordsItInTheHistory() {
		Api.Response created = this.api.write("POST", "/api/v1/officials", """
				{"name": "Choe Son-hui", "country": "KP", "originalName": "최선희",
				 "aliases": [{"name": "Choe Son Hui", "source": "KCNA's English spelling"},
				             {"name": "Tsoy Son Khi", "source": "TASS, in Russian transliteration"}]}""", Api.EDITOR, null);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.<List<String>>json("$.aliases[*].name")).containsExactly("Choe Son Hui", "Tsoy Son Khi");
		assertThat(created.<List<String>>json("$.aliases[*].source")).containsExactly("KCNA's English spelling",
				"TASS, in Russian transliteration");
		assertThat(search("Tsoy Son Khi").<List<String>>json("$.items[*].slug")).containsExactly("choe-son-hui");
		assertThat(search("Choi Sonhui").<List<String>>json("$.items[*].slug")).containsExactly("choe-son-hui");
		assertThat(this.api.get("/api/v1/officials/choe-son-hui/revisions").<List<String>>json("$.items[0].state.aliases[*].name"))
			.containsExactly("Choe Son Hui", "Tsoy Son Khi");

		Api.Response twice = this.api.write("PUT", "/api/v1/officials/choe-son-hui", """
				{"name": "Choe Son-hui", "country": "KP",
				 "aliases": [{"name": "Tsoy Son Khi", "source": "TASS"}, {"name": "Tsoy Son Khi", "source": "RIA"}]}""",
				Api.EDITOR, created.header("ETag"));
		Api.Response reordered = this.api.write("PUT", "/api/v1/officials/choe-son-hui", """
				{"name": "Choe Son-hui", "country": "KP",
				 "aliases": [{"name": "Tsoy Son Khi", "source": "TASS"}, {"name": "Choe Son Hui", "source": "KCNA"}]}""",
				Api.EDITOR, created.header("ETag"));

		assertThat(twice.status()).isEqualTo(422);
		assertThat(twice.<List<String>>json("$.errors[*].field")).containsExactly("aliases[1].name");
		assertThat(reordered.status()).isEqualTo(200);
		assertThat(reordered.<List<String>>json("$.aliases[*].source")).containsExactly("TASS", "KCNA");
		assertThat(search("Tsoy").<List<String>>json("$.items[*].slug")).containsExactly("choe-son-hui");
	}

	@Test
	void showsTheSeedsAliasWithItsSource() {
		Api.Response official = this.api.get("/api/v1/officials/im-chon-il");

		assertThat(official.<List<String>>json("$.aliases[*].name")).containsExactly("림청일");
		assertThat(official.<String>json("$.aliases[0].source")).contains("Yonhap");
	}

	@Test
	void readsNamesThroughTheSearchIndexAndSuggestionsThroughTheTrigramIndexes() {
		String plans = this.transactions.execute((status) -> {
			// the seed is small enough to read whole: ask for the plan a large table gets
			this.jdbc.sql("set local enable_seqscan = off").update();
			String exact = String.join("\n", this.jdbc.sql("explain select slug from official o where o.search @@ "
					+ "search_query(:q)").param("q", NameVariants.query("Rim Chon Il").getValue()).query(String.class).list());
			String close = String.join("\n", this.jdbc.sql("explain select o.slug from official o where name_form(:q) <% "
					+ "name_form(o.name) union all select a.source from official_alias a where name_form(:q) <% "
					+ "name_form(a.name)").param("q", "Kislyack").query(String.class).list());
			return exact + "\n" + close;
		});

		assertThat(plans).contains("official_search_idx").contains("official_name_trigram_idx")
			.contains("official_alias_trigram_idx");
	}

	private Api.Response search(String q) {
		return this.api.get("/api/v1/officials?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
	}

}
