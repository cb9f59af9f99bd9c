package org.contacttimeline.analytics;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The contact network as nodes and edges, ready for d3-force ({@code nodes}, and {@code edges} as links by
 * {@code source} and {@code target} id), Cytoscape or vis-network (map {@code source}/{@code target} to
 * {@code from}/{@code to}).
 */
@Schema(description = "The contact network of the filtered meetings: nodes with their centrality, edges weighted by meetings")
record NetworkResponse(@Schema(description = "official or country", example = "official") String level,
		@Schema(description = "meetings the network is drawn from", example = "7") long contacts,
		@Schema(description = "nodes of the network left out: officials beyond the top most connected (see top), "
				+ "with their edges; 0 when every node is shown", example = "0") long omitted,
		@Schema(description = "what betweenness is measured on: network (every node is shown) or shown (the nodes "
				+ "shown and the edges among them, when some are left out); degree and weightedDegree always count "
				+ "every edge of the network", example = "network", allowableValues = { "network", "shown" }) String betweennessOf,
		@Schema(description = "how precise first and last are: day, or month (the first day of the month, when the "
				+ "network is read from the monthly counts: level=country without a country, host, official, "
				+ "delegation, text or day filter, and with dates in whole months)", example = "day",
				allowableValues = { "day", "month" }) String edgeDates,
		List<Node> nodes, List<Edge> edges) {

	/**
	 * A node.
	 * @param id an official's slug, or a country's code
	 * @param contacts meetings the node took part in
	 * @param degree the nodes it is joined to in the network, shown or not
	 * @param weightedDegree the meetings of all its edges in the network added up, shown or not
	 * @param betweenness betweenness centrality (Brandes, steps along edges), normalised by the pairs of other
	 * nodes: 1 for the centre of a star, 0 for a node on no shortest path between others
	 */
	record Node(@Schema(example = "im-chon-il") String id, @Schema(example = "Im Chon-il") String label,
			@Schema(example = "KP") String country, @Schema(example = "2") long contacts,
			@Schema(example = "1") int degree, @Schema(example = "1") long weightedDegree,
			@Schema(example = "0.0") double betweenness) {
	}

	/**
	 * An edge: two nodes that met.
	 * @param weight the meetings they met in
	 * @param first the day the first of them started, or null when none is dated
	 * @param last the day the last of them started
	 */
	record Edge(@Schema(example = "im-chon-il") String source, @Schema(example = "igor-morgulov") String target,
			@Schema(example = "1") long weight,
			@Schema(nullable = true, description = "null when none of its meetings is dated", example = "2019-03-14") LocalDate first,
			@Schema(nullable = true, description = "null when none of its meetings is dated", example = "2019-03-14") LocalDate last) {
	}

}
