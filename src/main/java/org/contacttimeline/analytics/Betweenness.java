package org.contacttimeline.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;

import org.contacttimeline.web.Deadline;

/**
 * Betweenness centrality of an undirected graph, counting steps (Brandes' algorithm, the scores JGraphT's
 * {@code BetweennessCentrality} gives an unweighted undirected graph), on arrays of vertex numbers. JGraphT's own
 * walks the graph through its maps of edges: 2 to 3 seconds for the world's country network of a year at a million
 * meetings (250 countries, 16,000 edges), where these arrays take a few tens of milliseconds.
 */
final class Betweenness {

	private Betweenness() {
	}

	/**
	 * Each vertex's score, not normalised: the shortest paths between pairs of other vertices that pass through it.
	 * @throws Deadline.Passed when the deadline passes before the scores are found
	 */
	static <V, E> Map<V, Double> of(Graph<V, E> graph, Deadline deadline) {
		List<V> vertices = new ArrayList<>(graph.vertexSet());
		Map<V, Integer> index = new HashMap<>();
		for (int i = 0; i < vertices.size(); i++) {
			index.put(vertices.get(i), i);
		}
		int[][] neighbours = new int[vertices.size()][];
		for (int i = 0; i < vertices.size(); i++) {
			V v = vertices.get(i);
			neighbours[i] = graph.edgesOf(v).stream()
				.mapToInt((e) -> index.get(graph.getEdgeSource(e).equals(v) ? graph.getEdgeTarget(e) : graph.getEdgeSource(e)))
				.toArray();
		}
		double[] scores = scores(neighbours, deadline);
		Map<V, Double> result = new HashMap<>();
		for (int i = 0; i < vertices.size(); i++) {
			result.put(vertices.get(i), scores[i]);
		}
		return result;
	}

	/** Brandes (2001): one breadth-first search per source, then the dependencies summed back in reverse order. */
	static double[] scores(int[][] neighbours, Deadline deadline) {
		int n = neighbours.length;
		double[] scores = new double[n];
		int[] order = new int[n];
		int[] distance = new int[n];
		double[] paths = new double[n];
		double[] dependency = new double[n];
		for (int source = 0; source < n; source++) {
			deadline.check();
			Arrays.fill(distance, -1);
			Arrays.fill(paths, 0);
			Arrays.fill(dependency, 0);
			distance[source] = 0;
			paths[source] = 1;
			order[0] = source;
			int head = 0;
			int tail = 1;
			while (head < tail) {
				int v = order[head++];
				for (int w : neighbours[v]) {
					if (distance[w] < 0) {
						distance[w] = distance[v] + 1;
						order[tail++] = w;
					}
					if (distance[w] == distance[v] + 1) {
						paths[w] += paths[v];
					}
				}
			}
			// the vertices reached, farthest first
			for (int i = tail - 1; i > 0; i--) {
				int w = order[i];
				for (int v : neighbours[w]) {
					if (distance[v] == distance[w] - 1) {
						dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
					}
				}
				scores[w] += dependency[w];
			}
		}
		// an undirected path is found from both of its ends
		for (int i = 0; i < n; i++) {
			scores[i] /= 2;
		}
		return scores;
	}

}
