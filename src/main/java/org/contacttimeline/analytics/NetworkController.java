package org.contacttimeline.analytics;

import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.contacttimeline.analytics.AnalyticsList.Level;
import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.ContactFilters;
import org.contacttimeline.contact.ContactFilters.Filtered;
import org.contacttimeline.db.Deadline;
import org.contacttimeline.web.Format;
import org.contacttimeline.web.InvalidRequestException;
import org.contacttimeline.web.ListParameters;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NetworkController {

	private final ContactFilters filters;

	private final NetworkQuery query;

	private final CountryNetworkRollup rollup;

	private final OfficialNetworkQuery officials;

	private final Deadline.Clock deadlines;

	NetworkController(ContactFilters filters, NetworkQuery query, CountryNetworkRollup rollup,
			OfficialNetworkQuery officials, Deadline.Clock deadlines) {
		this.deadlines = deadlines;
		this.filters = filters;
		this.query = query;
		this.rollup = rollup;
		this.officials = officials;
	}

	/** What {@code /network} reads besides the contact filters. */
	private record Asked(Level level, Format format, Integer top) {
	}

	@GetMapping("/api/v1/network")
	@Operation(operationId = "getNetwork", tags = "Analytics", summary = "The contact network of the meetings the filters of /meetings select: officials (or countries) who met, with degree and betweenness",
			description = "Officials: two participants of one meeting are joined, and so are a delegation's members and the host "
					+ "country's officials among the participants of the delegation's meetings; unnamed parties join nobody; "
					+ "the top (default " + OfficialNetworkQuery.DEFAULT_TOP + ") most connected by weighted degree are "
					+ "shown with the edges among them, omitted counts the others and betweennessOf says what betweenness "
					+ "is measured on. Countries (level=country): two sides of one meeting, every country shown; without a "
					+ "country, host, official, delegation, text or day filter, and with dates in whole months, read from "
					+ "the monthly counts at any scale (edgeDates month). An edge is weighted by the number of meetings, "
					+ "with the start of the first and of the last. Otherwise at most " + NetworkQuery.MAX_CONTACTS
					+ " meetings: a wider filter is a 400 that suggests a narrower one.")
	@ListParameters.Documented(of = AnalyticsList.class, list = "NETWORK")
	@ApiResponse(responseCode = "200", description = "The network (JSON), or GraphML / GEXF for Gephi", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = NetworkResponse.class),
					examples = @ExampleObject(name = "The talks of 14 March 2019",
							summary = "/api/v1/network?date=2019-03-14", value = """
									{"level": "official", "contacts": 1, "omitted": 0, "betweennessOf": "network", "edgeDates": "day",
									 "nodes": [{"id": "igor-morgulov", "label": "Igor Morgulov", "country": "RU", "contacts": 1, "degree": 1, "weightedDegree": 1, "betweenness": 0.0},
									           {"id": "im-chon-il", "label": "Im Chon-il", "country": "KP", "contacts": 1, "degree": 1, "weightedDegree": 1, "betweenness": 0.0}],
									 "edges": [{"source": "igor-morgulov", "target": "im-chon-il", "weight": 1, "first": "2019-03-14", "last": "2019-03-14"}]}""")),
			@Content(mediaType = "application/graphml+xml", schema = @Schema(type = "string", description = "GraphML: node attributes label, country, contacts, degree, weightedDegree, betweenness; edge weight, first, last")),
			@Content(mediaType = "application/gexf+xml", schema = @Schema(type = "string", description = "GEXF 1.2 for Gephi, with the same attributes")) })
	ResponseEntity<?> network(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		Filtered<Asked> asked = this.filters.parse(AnalyticsList.NETWORK, parameters, accept,
				(query) -> new Asked(query.read(AnalyticsList.LEVEL), query.read(AnalyticsList.NETWORK_FORMAT),
						query.read(AnalyticsList.TOP)));
		Level level = (asked.own().level() != null) ? asked.own().level() : Level.OFFICIAL;
		Network network = network(asked.filter(), level,
				(asked.own().top() != null) ? asked.own().top() : OfficialNetworkQuery.DEFAULT_TOP, this.deadlines.start());
		Format format = asked.own().format();
		if (format == Format.GRAPHML || format == Format.GEXF) {
			String extension = format.parameterValue();
			return ResponseEntity.ok()
				.contentType(format.mediaType())
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("network." + extension).build().toString())
				.body((format == Format.GRAPHML) ? network.graphml() : network.gexf());
		}
		return ResponseEntity.ok(network.response());
	}

	private Network network(ContactFilter filter, Level level, int top, Deadline deadline) {
		boolean rollup = level == Level.COUNTRY && CountryNetworkRollup.answers(filter);
		if (!rollup && this.rollup.meetingsAtLeast(filter) > NetworkQuery.MAX_CONTACTS) {
			// decided from the counts before any meeting is read
			throw new InvalidRequestException("query", tooLarge(moreMeetings(), level), null);
		}
		if (level == Level.OFFICIAL) {
			OfficialNetworkQuery.Summary summary = this.officials.read(filter, top, deadline);
			if (!summary.fits()) {
				throw new InvalidRequestException("query", tooLarge(what(summary.shown(), level), level), null);
			}
			return new Network(summary.shown(), level, summary.omitted(), summary.degrees(), "day", deadline);
		}
		if (rollup) {
			return new Network(this.rollup.read(filter, deadline), level, 0, Map.of(), "month", deadline);
		}
		NetworkQuery.Read read = this.query.read(filter, deadline);
		if (!read.fits()) {
			throw new InvalidRequestException("query", tooLarge(what(read, level), level), null);
		}
		return new Network(read, level, deadline);
	}

	private static String moreMeetings() {
		return "selects more than " + String.format(Locale.ROOT, "%,d", NetworkQuery.MAX_CONTACTS) + " meetings";
	}

	/** What makes a network that was read too large. */
	private static String what(NetworkQuery.Read read, Level level) {
		return (read.contacts() > NetworkQuery.MAX_CONTACTS) ? moreMeetings()
				: (read.nodeCount() > NetworkQuery.MAX_NODES)
						? "joins " + String.format(Locale.ROOT, "%,d", read.nodeCount()) + " " + level.value() + " nodes, more than "
								+ String.format(Locale.ROOT, "%,d", NetworkQuery.MAX_NODES)
						: "has " + String.format(Locale.ROOT, "%,d", read.edgeCount()) + " edges, more than "
								+ String.format(Locale.ROOT, "%,d", NetworkQuery.MAX_EDGES);
	}

	private static String tooLarge(String what, Level level) {
		return "the network of these filters " + what + ", too large to be useful; accepted: a narrower filter "
				+ "(a country or a pair, a shorter period with from and to, an official, a status)"
				+ ((level == Level.OFFICIAL) ? ", or level=country" : "");
	}

}
