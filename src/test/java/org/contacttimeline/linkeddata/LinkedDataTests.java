package org.contacttimeline.linkeddata;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfNQuad;
import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline as JSON-LD and officials and contacts as Popolo JSON, each read back as RDF by a JSON-LD processor
 * (Titanium), as someone joining the data to theirs would.
 */
@ApiTest
class LinkedDataTests {

	private static final String SCHEMA = "https://schema.org/";

	private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

	@Autowired
	Api api;

	@Test
	void servesTheTimelineAsSchemaOrgEventsThatAJsonLdProcessorReads() throws Exception {
		Api.Response response = ldGet("/api/v1/timeline?from=2019-03-14&to=2019-03-14&format=jsonld");
		List<RdfNQuad> triples = rdf(response.body());
		String talks = this.api.base() + "/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14";
		String imChonIl = this.api.base() + "/api/v1/officials/im-chon-il";

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/ld+json");
		assertThat(triples).anySatisfy(triple(talks, RDF_TYPE, SCHEMA + "Event"));
		assertThat(triples).anySatisfy(triple(talks, SCHEMA + "name", "Im Chon-il and Igor Morgulov discuss a schedule of political contacts"));
		assertThat(triples).anySatisfy(triple(talks, SCHEMA + "startDate", "2019-03-14"));
		assertThat(triples).anySatisfy(triple(talks, SCHEMA + "eventStatus", SCHEMA + "EventScheduled"));
		assertThat(triples).anySatisfy(triple(imChonIl, RDF_TYPE, SCHEMA + "Person"));
		assertThat(triples).anySatisfy(triple(imChonIl, SCHEMA + "name", "Im Chon-il"));
		assertThat(triples).anySatisfy(triple(null, RDF_TYPE, SCHEMA + "Place"));
		assertThat(triples).anySatisfy(triple(null, SCHEMA + "roleName", "Vice Foreign Minister"));
		assertThat(triples).anySatisfy(triple(null, SCHEMA + "sameAs", "http://www.wikidata.org/entity/Q159"));
		assertThat(triples).anySatisfy(triple(talks, SCHEMA + "superEvent",
				this.api.base() + "/api/v1/delegations/im-chon-il-visit-to-moscow-2019-03"));
	}

	@Test
	void choosesJsonLdByAcceptAsWellAndKeepsTheJsonTimelineForEveryoneElse() {
		Api.Response byAccept = ldGet("/api/v1/timeline?date=2019-03-05");
		Api.Response json = this.api.get("/api/v1/timeline?date=2019-03-05");

		assertThat(byAccept.header("Content-Type")).startsWith("application/ld+json");
		assertThat(byAccept.<Map<String, Object>>json("$['@context']")).containsEntry("@vocab", SCHEMA);
		assertThat(byAccept.<List<String>>json("$['@graph'][*]['@type']")).containsOnly("Event");
		assertThat(json.header("Content-Type")).startsWith("application/json");
		assertThat(json.<List<String>>json("$.items[*].slug")).contains("han-man-hyok-moscow-photo-exhibition-2019-03-05");
		assertThat(this.api.get("/api/v1/timeline?format=jsonld&date=2019-3-5").status()).isEqualTo(400);
	}

	@Test
	void givesPopoloPersonsOrganizationsMembershipsAndEventsForAFilter() throws Exception {
		Api.Response popolo = this.api.get("/api/v1/popolo?country=KP&country=RU&from=2019-03-01&to=2019-03-31");
		String kimIlSung = this.api.base() + "/api/v1/officials/kim-il-sung";

		assertThat(popolo.status()).isEqualTo(200);
		assertThat(popolo.<List<String>>json("$.persons[*].name")).contains("Im Chon-il", "Igor Morgulov", "Oleg Melnichenko");
		assertThat(popolo.<List<String>>json("$.persons[?(@.name == 'Im Chon-il')].other_names[0].name")).containsExactly("임천일");
		assertThat(popolo.<List<String>>json("$.organizations[*].id")).contains(
				this.api.base() + "/api/v1/organizations/kp-ministry-of-foreign-affairs",
				this.api.base() + "/api/v1/delegations/russian-senators-north-korea-2019-03");
		assertThat(popolo.<List<String>>json("$.memberships[?(@.organization_id =~ /.*russian-senators.*/)].start_date"))
			.containsOnly("2019-03-16");
		assertThat(popolo.<List<String>>json("$.memberships[?(@.person_id =~ /.*im-chon-il/ && @.role == 'Vice Foreign Minister')].organization_id"))
			.containsExactlyInAnyOrder(this.api.base() + "/api/v1/organizations/kp-ministry-of-foreign-affairs",
					this.api.base() + "/api/v1/delegations/im-chon-il-visit-to-moscow-2019-03");
		assertThat(popolo.<List<String>>json("$.events[*].id")).contains(
				this.api.base() + "/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14",
				this.api.base() + "/api/v1/delegations/im-chon-il-visit-to-moscow-2019-03");
		assertThat(popolo.<List<String>>json("$.events[?(@.id =~ /.*im-chon-il-visit.*/)].start_date")).containsExactly("2019-03");
		assertThat(popolo.<List<String>>json("$.persons[*].id")).doesNotContain(kimIlSung);

		List<RdfNQuad> triples = rdf(popolo.body());
		String imChonIl = this.api.base() + "/api/v1/officials/im-chon-il";
		assertThat(triples).anySatisfy(triple(imChonIl, "http://xmlns.com/foaf/0.1/name", "Im Chon-il"));
		assertThat(triples).anySatisfy(triple(null, "http://www.w3.org/ns/org#member", imChonIl));
		assertThat(triples).anySatisfy(triple(null, "http://www.w3.org/ns/org#organization",
				this.api.base() + "/api/v1/organizations/kp-ministry-of-foreign-affairs"));
		assertThat(triples).anySatisfy(triple(this.api.base() + "/api/v1/meetings/im-chon-il-igor-morgulov-talks-2019-03-14",
				SCHEMA + "attendee", imChonIl));
	}

	@Test
	void datesAPopoloMembershipByItsTermOnlyWhenTheTermIsKnown() {
		Api.Response popolo = this.api.get("/api/v1/popolo?official=kim-il-sung");

		assertThat(popolo.<List<String>>json("$.memberships[?(@.person_id =~ /.*kim-il-sung/)].start_date")).containsExactly("1948-09-09");
		assertThat(popolo.<List<String>>json("$.memberships[?(@.person_id =~ /.*kim-il-sung/)].end_date")).containsExactly("1972-12-28");
		assertThat(popolo.<List<String>>json("$.events[*].start_date")).containsExactly("1949");
		assertThat(this.api.get("/api/v1/popolo?official=im-chon-il")
			.<List<Map<String, Object>>>json("$.memberships[?(@.organization_id =~ /.*organizations.*/)]")).isNotEmpty()
			.allSatisfy((membership) -> assertThat(membership).doesNotContainKeys("start_date", "end_date"));
	}

	@Test
	void refusesAFilterOrFormatItCannotServeWithAProblem() {
		Api.Response badDate = this.api.get("/api/v1/popolo?date=2019-02-30");
		Api.Response csv = this.api.get("/api/v1/popolo?format=popolo&format=json");

		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.<List<String>>json("$.errors[*].field")).containsExactly("date");
		assertThat(csv.status()).isEqualTo(400);
		assertThat(csv.<List<String>>json("$.errors[*].field")).containsExactly("format");
	}

	private Api.Response ldGet(String path) {
		return this.api.send(HttpRequest.newBuilder(this.api.uri(path)).header("Accept", "application/ld+json").GET().build());
	}

	private static List<RdfNQuad> rdf(String json) throws Exception {
		return JsonLd.toRdf(JsonDocument.of(new StringReader(json))).get().toList();
	}

	/** A triple with this subject (any when {@code null}), predicate and object (IRI or literal value). */
	private static java.util.function.Consumer<RdfNQuad> triple(String subject, String predicate, String object) {
		return (quad) -> {
			if (subject != null) {
				assertThat(quad.getSubject().getValue()).isEqualTo(subject);
			}
			assertThat(quad.getPredicate().getValue()).isEqualTo(predicate);
			assertThat(quad.getObject().getValue()).isEqualTo(object);
		};
	}

}
