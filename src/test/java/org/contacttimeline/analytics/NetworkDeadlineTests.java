package org.contacttimeline.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.contacttimeline.analytics.AnalyticsList.Level;
import org.contacttimeline.db.Deadline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The network's computation in Java stops at the request's deadline (the statement timeout). (How long the largest
 * network allowed takes is measured by the benchmark, not here: a timed test on a shared machine proves nothing.)
 */
class NetworkDeadlineTests {

	/** As large as a network may be: 2,000 nodes, 20,000 edges (a ring and chords). */
	private static final NetworkQuery.Read LARGEST = largest();

	@Test
	void stopsABetweennessThatRunsPastItsDeadline() {
		Deadline tiny = Deadline.after(Duration.ofMillis(1));

		assertThatThrownBy(() -> new Network(LARGEST, Level.OFFICIAL, tiny)).isInstanceOf(Deadline.Passed.class);
	}

	@Test
	void measuresTheLargestNetworkWithoutADeadline() {
		Network network = new Network(LARGEST, Level.OFFICIAL, Deadline.none());

		assertThat(network.response().nodes()).hasSize(2_000);
	}

	private static NetworkQuery.Read largest() {
		List<NetworkQuery.Node> nodes = new ArrayList<>();
		List<NetworkQuery.Edge> edges = new ArrayList<>();
		int n = NetworkQuery.MAX_NODES;
		for (int i = 0; i < n; i++) {
			nodes.add(new NetworkQuery.Node("n" + i, "Node " + i, "KP", 1));
		}
		for (int step = 1; edges.size() < NetworkQuery.MAX_EDGES; step += 7) {
			for (int i = 0; i < n && edges.size() < NetworkQuery.MAX_EDGES; i++) {
				edges.add(new NetworkQuery.Edge("n" + i, "n" + ((i + step) % n), 1, null, null));
			}
		}
		return new NetworkQuery.Read(edges.size(), n, edges.size(), nodes, edges);
	}

}
