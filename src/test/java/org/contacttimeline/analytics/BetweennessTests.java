package org.contacttimeline.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.contacttimeline.db.Deadline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The betweenness the network reports is the one JGraphT computes, only faster. */
class BetweennessTests {

	@Test
	void givesJGraphTsScoresOnRandomGraphsOfEveryDensityWithUnconnectedParts() {
		Random random = new Random(30);
		for (int round = 0; round < 42; round++) {
			Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
			// the last two large enough for the sources to be shared out among processors
			int n = (round < 40) ? 1 + random.nextInt(60) : 300 + random.nextInt(100);
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

			Map<String, Double> ours = betweenness(graph);
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

		assertThat(betweenness(star)).containsEntry("centre", 10.0).containsEntry("leaf0", 0.0);
	}

	/** The scores of {@link Betweenness} on a JGraphT graph, by vertex. */
	private static <V, E> Map<V, Double> betweenness(Graph<V, E> graph) {
		List<V> vertices = new ArrayList<>(graph.vertexSet());
		int[][] neighbours = new int[vertices.size()][];
		for (int i = 0; i < vertices.size(); i++) {
			neighbours[i] = Graphs.neighborListOf(graph, vertices.get(i)).stream().mapToInt(vertices::indexOf).toArray();
		}
		double[] scores = Betweenness.scores(neighbours, Deadline.none());
		Map<V, Double> byVertex = new HashMap<>();
		for (int i = 0; i < vertices.size(); i++) {
			byVertex.put(vertices.get(i), scores[i]);
		}
		return byVertex;
	}

}
