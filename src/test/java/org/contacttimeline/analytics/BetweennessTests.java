package org.contacttimeline.analytics;

import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.contacttimeline.web.Deadline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The betweenness the network reports is the one JGraphT computes, only faster. */
class BetweennessTests {

	@Test
	void givesJGraphTsScoresOnRandomGraphsOfEveryDensityWithUnconnectedParts() {
		Random random = new Random(30);
		for (int round = 0; round < 40; round++) {
			Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
			int n = 1 + random.nextInt(60);
			double density = random.nextDouble() * 0.5;
			for (int i = 0; i < n; i++) {
				graph.addVertex("v" + i);
			}
			for (int i = 0; i < n; i++) {
				for (int j = i + 1; j < n; j++) {
					if (random.nextDouble() < density) {
						graph.addEdge("v" + i, "v" + j);
					}
				}
			}

			Map<String, Double> ours = Betweenness.of(graph, Deadline.none());
			Map<String, Double> theirs = new BetweennessCentrality<>(graph, false).getScores();

			assertThat(ours.keySet()).isEqualTo(theirs.keySet());
			theirs.forEach((v, score) -> assertThat(ours.get(v)).as(v).isCloseTo(score, within(1e-9)));
		}
	}

	@Test
	void givesTheCentreOfAStarEveryPairOfOthers() {
		Graph<String, DefaultEdge> star = new SimpleGraph<>(DefaultEdge.class);
		star.addVertex("centre");
		for (int i = 0; i < 5; i++) {
			star.addVertex("leaf" + i);
			star.addEdge("centre", "leaf" + i);
		}

		assertThat(Betweenness.of(star, Deadline.none())).containsEntry("centre", 10.0).containsEntry("leaf0", 0.0);
	}

}
