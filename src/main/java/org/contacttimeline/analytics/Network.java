package org.contacttimeline.analytics;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultUndirectedWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.BaseExporter;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

import org.contacttimeline.analytics.AnalyticsList.Level;
import org.contacttimeline.db.Deadline;

/**
 * The network and its measures (degree, weighted degree, betweenness centrality: {@link Betweenness}) computed on
 * arrays of node numbers, written as JSON, or as GraphML or GEXF by JGraphT.
 */
final class Network {

	/**
	 * The attributes both exports carry, in order, as {@link #nodeAttributes} and {@link #edgeAttributes} give them;
	 * GEXF writes the label as the node's own, not as an attribute.
	 */
	private static final List<Column> COLUMNS = List.of(
			new Column("label", false, AttributeType.STRING, null),
			new Column("country", false, AttributeType.STRING, GEXFAttributeType.STRING),
			new Column("contacts", false, AttributeType.LONG, GEXFAttributeType.LONG),
			new Column("degree", false, AttributeType.INT, GEXFAttributeType.INTEGER),
			new Column("weightedDegree", false, AttributeType.LONG, GEXFAttributeType.LONG),
			new Column("betweenness", false, AttributeType.DOUBLE, GEXFAttributeType.DOUBLE),
			new Column("first", true, AttributeType.STRING, GEXFAttributeType.STRING),
			new Column("last", true, AttributeType.STRING, GEXFAttributeType.STRING));

	private final Level level;

	private final long contacts;

	private final List<NetworkQuery.Node> nodes;

	private final List<NetworkQuery.Edge> edges;

	/** Each node's degree, weighted degree and betweenness, by its place in {@link #nodes}. */
	private final Map<String, Integer> index;

	private final int[] degree;

	private final long[] weighted;

	private final double[] betweenness;

	private final long omitted;

	private final String edgeDates;

	private final Deadline deadline;

	/** A node's degree and weighted degree in the whole network. */
	record Degrees(int degree, long weighted) {
	}

	/** The whole network, its edges dated to the day. */
	Network(NetworkQuery.Read read, Level level, Deadline deadline) {
		this(read, level, 0, Map.of(), "day", deadline);
	}

	/**
	 * A network of which {@code read} holds the nodes shown and the edges among them, {@code omitted} nodes left out,
	 * and {@code whole} the degrees of the shown nodes in the whole network (none: as in the graph); {@code edgeDates}
	 * says how precise the edges' first and last days are ({@code day} or {@code month}). Built, measured and written
	 * within {@code deadline}.
	 */
	Network(NetworkQuery.Read read, Level level, long omitted, Map<String, Degrees> whole, String edgeDates,
			Deadline deadline) {
		this.deadline = deadline;
		this.level = level;
		this.contacts = read.contacts();
		this.omitted = omitted;
		this.edgeDates = edgeDates;
		this.nodes = read.nodes();
		this.edges = read.edges();
		int n = this.nodes.size();
		this.index = new HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			this.index.put(this.nodes.get(i).id(), i);
		}
		int[] source = new int[this.edges.size()];
		int[] target = new int[this.edges.size()];
		this.degree = new int[n];
		this.weighted = new long[n];
		for (int e = 0; e < this.edges.size(); e++) {
			if ((e & 1023) == 0) {
				deadline.check();
			}
			NetworkQuery.Edge edge = this.edges.get(e);
			source[e] = this.index.get(edge.source());
			target[e] = this.index.get(edge.target());
			this.degree[source[e]]++;
			this.degree[target[e]]++;
			this.weighted[source[e]] += edge.contacts();
			this.weighted[target[e]] += edge.contacts();
		}
		int[][] neighbours = new int[n][];
		for (int i = 0; i < n; i++) {
			neighbours[i] = new int[this.degree[i]];
		}
		int[] filled = new int[n];
		for (int e = 0; e < source.length; e++) {
			neighbours[source[e]][filled[source[e]]++] = target[e];
			neighbours[target[e]][filled[target[e]]++] = source[e];
		}
		// shortest paths count steps: a heavier edge is a stronger tie, not a longer way
		this.betweenness = Betweenness.scores(neighbours, deadline);
		// normalised by the pairs of other nodes, (n-1)(n-2)/2 in an undirected graph: 1 for the centre of a star
		double pairs = (n > 2) ? (n - 1) * (n - 2) / 2.0 : 1;
		for (int i = 0; i < n; i++) {
			this.betweenness[i] /= pairs;
		}
		whole.forEach((id, degrees) -> {
			Integer i = this.index.get(id);
			if (i != null) {
				this.degree[i] = degrees.degree();
				this.weighted[i] = degrees.weighted();
			}
		});
	}

	NetworkResponse response() {
		List<NetworkResponse.Node> nodes = new ArrayList<>(this.nodes.size());
		for (int i = 0; i < this.nodes.size(); i++) {
			NetworkQuery.Node n = this.nodes.get(i);
			nodes.add(new NetworkResponse.Node(n.id(), n.label(), n.country(), n.contacts(), this.degree[i],
					this.weighted[i], round(this.betweenness[i])));
		}
		nodes.sort(Comparator.comparingLong(NetworkResponse.Node::contacts).reversed().thenComparing(NetworkResponse.Node::id));
		return new NetworkResponse(this.level.value(), this.contacts, this.omitted,
				(this.omitted > 0) ? "shown" : "network", this.edgeDates, nodes, heaviestFirst(this.edges));
	}

	/**
	 * The edges heaviest first, then in order of source and target. Sorted as numbers: each edge's place in the order
	 * of its nodes (a pass when they come in that order, as from the rollup) behind its weight. Records compared
	 * by weight and names took a quarter of the world's network of all years, 31,000 edges.
	 */
	private static List<NetworkResponse.Edge> heaviestFirst(List<NetworkQuery.Edge> read) {
		List<NetworkQuery.Edge> byNodes = new ArrayList<>(read);
		byNodes.sort(Comparator.comparing(NetworkQuery.Edge::source).thenComparing(NetworkQuery.Edge::target));
		long[] keys = new long[byNodes.size()];
		for (int i = 0; i < keys.length; i++) {
			// no two nodes meet in more than 2^31 - 1 meetings
			long weight = Math.min(byNodes.get(i).contacts(), Integer.MAX_VALUE);
			keys[i] = ((Integer.MAX_VALUE - weight) << 32) | i;
		}
		Arrays.sort(keys);
		List<NetworkResponse.Edge> edges = new ArrayList<>(keys.length);
		for (long key : keys) {
			NetworkQuery.Edge e = byNodes.get((int) key);
			edges.add(new NetworkResponse.Edge(e.source(), e.target(), e.contacts(), e.first(), e.last()));
		}
		return edges;
	}

	private static double round(double value) {
		return Math.round(value * 1_000_000d) / 1_000_000d;
	}

	/** The network as a JGraphT graph, for its exporters; each edge weighted by its meetings. */
	private Graph<String, NetworkQuery.Edge> graph() {
		Graph<String, NetworkQuery.Edge> graph = new DefaultUndirectedWeightedGraph<>(null, null);
		this.nodes.forEach((node) -> graph.addVertex(node.id()));
		this.edges.forEach((edge) -> {
			graph.addEdge(edge.source(), edge.target(), edge);
			graph.setEdgeWeight(edge, edge.contacts());
		});
		return graph;
	}

	/** GraphML, with the measures as node attributes and weight, first and last day as edge attributes. */
	String graphml() {
		GraphMLExporter<String, NetworkQuery.Edge> exporter = new GraphMLExporter<>((id) -> id);
		exporter.setExportEdgeWeights(true);
		for (Column column : COLUMNS) {
			exporter.registerAttribute(column.name(), column.ofEdges() ? GraphMLExporter.AttributeCategory.EDGE
					: GraphMLExporter.AttributeCategory.NODE, column.graphml());
		}
		return export(exporter);
	}

	/** GEXF for Gephi, with the same attributes. */
	String gexf() {
		GEXFExporter<String, NetworkQuery.Edge> exporter = new GEXFExporter<>((id) -> id,
				(e) -> e.source() + "--" + e.target());
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
		for (Column column : COLUMNS) {
			if (column.gexf() != null) {
				exporter.registerAttribute(column.name(), column.ofEdges() ? GEXFExporter.AttributeCategory.EDGE
						: GEXFExporter.AttributeCategory.NODE, column.gexf());
			}
		}
		return export(exporter);
	}

	private <X extends BaseExporter<String, NetworkQuery.Edge> & GraphExporter<String, NetworkQuery.Edge>> String export(
			X exporter) {
		exporter.setVertexAttributeProvider(this::nodeAttributes);
		exporter.setEdgeAttributeProvider(this::edgeAttributes);
		StringWriter out = new StringWriter();
		exporter.exportGraph(graph(), out);
		return out.toString();
	}

	/** An attribute of the exports: its name, whether edges or nodes carry it, its type in each format. */
	private record Column(String name, boolean ofEdges, AttributeType graphml, GEXFAttributeType gexf) {
	}

	private Map<String, Attribute> nodeAttributes(String id) {
		this.deadline.check();
		int i = this.index.get(id);
		NetworkQuery.Node node = this.nodes.get(i);
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		attributes.put("label", DefaultAttribute.createAttribute(node.label()));
		attributes.put("country", DefaultAttribute.createAttribute(node.country()));
		attributes.put("contacts", DefaultAttribute.createAttribute(node.contacts()));
		attributes.put("degree", DefaultAttribute.createAttribute(this.degree[i]));
		attributes.put("weightedDegree", DefaultAttribute.createAttribute(this.weighted[i]));
		attributes.put("betweenness", DefaultAttribute.createAttribute(round(this.betweenness[i])));
		return attributes;
	}

	private Map<String, Attribute> edgeAttributes(NetworkQuery.Edge edge) {
		this.deadline.check();
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		if (edge.first() != null) {
			attributes.put("first", DefaultAttribute.createAttribute(edge.first().toString()));
			attributes.put("last", DefaultAttribute.createAttribute(edge.last().toString()));
		}
		return attributes;
	}

}
