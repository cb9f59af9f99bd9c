package org.contacttimeline.analytics;

import java.io.StringWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

import org.contacttimeline.analytics.AnalyticsList.Level;
import org.contacttimeline.web.Deadline;

/**
 * The network as a JGraphT graph, its measures (degree, weighted degree, betweenness centrality: {@link Betweenness})
 * computed on it, and written as JSON, GraphML or GEXF by JGraphT.
 */
final class Network {

	private final Level level;

	private final long contacts;

	private final Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);

	private final Map<String, NetworkQuery.Node> nodes = new LinkedHashMap<>();

	private final Map<DefaultWeightedEdge, NetworkQuery.Edge> edges = new LinkedHashMap<>();

	private final Map<String, Double> betweenness;

	private final long omitted;

	/** Degree and weighted degree in the whole network, by node, when only part of it is in the graph. */
	private final Map<String, Degrees> whole;

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
		this.whole = whole;
		this.edgeDates = edgeDates;
		for (NetworkQuery.Node node : read.nodes()) {
			this.graph.addVertex(node.id());
			this.nodes.put(node.id(), node);
		}
		for (NetworkQuery.Edge edge : read.edges()) {
			deadline.check();
			DefaultWeightedEdge e = this.graph.addEdge(edge.source(), edge.target());
			this.graph.setEdgeWeight(e, edge.contacts());
			this.edges.put(e, edge);
		}
		// shortest paths count steps: a heavier edge is a stronger tie, not a longer way
		Map<String, Double> raw = Betweenness.of(this.graph, deadline);
		// normalised by the pairs of other nodes, (n-1)(n-2)/2 in an undirected graph: 1 for the centre of a star
		int n = this.graph.vertexSet().size();
		double pairs = (n > 2) ? (n - 1) * (n - 2) / 2.0 : 1;
		this.betweenness = new java.util.HashMap<>();
		raw.forEach((node, score) -> this.betweenness.put(node, score / pairs));
	}

	NetworkResponse response() {
		List<NetworkResponse.Node> nodes = this.nodes.values()
			.stream()
			.map((n) -> new NetworkResponse.Node(n.id(), n.label(), n.country(), n.contacts(), degree(n.id()),
					weightedDegree(n.id()), round(this.betweenness.get(n.id()))))
			.sorted(Comparator.comparingLong(NetworkResponse.Node::contacts).reversed().thenComparing(NetworkResponse.Node::id))
			.toList();
		List<NetworkResponse.Edge> edges = this.edges.values()
			.stream()
			.map((e) -> new NetworkResponse.Edge(e.source(), e.target(), e.contacts(), e.first(), e.last()))
			.sorted(Comparator.comparingLong(NetworkResponse.Edge::weight).reversed()
				.thenComparing(NetworkResponse.Edge::source).thenComparing(NetworkResponse.Edge::target))
			.toList();
		return new NetworkResponse(this.level.value(), this.contacts, this.omitted,
				(this.omitted > 0) ? "shown" : "network", this.edgeDates, nodes, edges);
	}

	private int degree(String node) {
		Degrees degrees = this.whole.get(node);
		return (degrees != null) ? degrees.degree() : this.graph.degreeOf(node);
	}

	private long weightedDegree(String node) {
		Degrees degrees = this.whole.get(node);
		return (degrees != null) ? degrees.weighted()
				: this.graph.edgesOf(node).stream().mapToLong((e) -> (long) this.graph.getEdgeWeight(e)).sum();
	}

	private static double round(double value) {
		return Math.round(value * 1_000_000d) / 1_000_000d;
	}

	/** GraphML, with the measures as node attributes and weight, first and last day as edge attributes. */
	String graphml() {
		GraphMLExporter<String, DefaultWeightedEdge> exporter = new GraphMLExporter<>((id) -> id);
		exporter.setExportEdgeWeights(true);
		exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
		exporter.registerAttribute("country", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
		exporter.registerAttribute("contacts", GraphMLExporter.AttributeCategory.NODE, AttributeType.LONG);
		exporter.registerAttribute("degree", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
		exporter.registerAttribute("weightedDegree", GraphMLExporter.AttributeCategory.NODE, AttributeType.LONG);
		exporter.registerAttribute("betweenness", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
		exporter.registerAttribute("first", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
		exporter.registerAttribute("last", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
		exporter.setVertexAttributeProvider(this::nodeAttributes);
		exporter.setEdgeAttributeProvider(this::edgeAttributes);
		StringWriter out = new StringWriter();
		exporter.exportGraph(this.graph, out);
		return out.toString();
	}

	/** GEXF for Gephi, with the same attributes. */
	String gexf() {
		GEXFExporter<String, DefaultWeightedEdge> exporter = new GEXFExporter<>((id) -> id,
				(e) -> this.graph.getEdgeSource(e) + "--" + this.graph.getEdgeTarget(e));
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
		exporter.registerAttribute("country", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
		exporter.registerAttribute("contacts", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.LONG);
		exporter.registerAttribute("degree", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
		exporter.registerAttribute("weightedDegree", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.LONG);
		exporter.registerAttribute("betweenness", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
		exporter.registerAttribute("first", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
		exporter.registerAttribute("last", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
		exporter.setVertexAttributeProvider(this::nodeAttributes);
		exporter.setEdgeAttributeProvider(this::edgeAttributes);
		StringWriter out = new StringWriter();
		exporter.exportGraph(this.graph, out);
		return out.toString();
	}

	private Map<String, Attribute> nodeAttributes(String id) {
		this.deadline.check();
		NetworkQuery.Node node = this.nodes.get(id);
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		attributes.put("label", DefaultAttribute.createAttribute(node.label()));
		attributes.put("country", DefaultAttribute.createAttribute(node.country()));
		attributes.put("contacts", DefaultAttribute.createAttribute(node.contacts()));
		attributes.put("degree", DefaultAttribute.createAttribute(degree(id)));
		attributes.put("weightedDegree", DefaultAttribute.createAttribute(weightedDegree(id)));
		attributes.put("betweenness", DefaultAttribute.createAttribute(round(this.betweenness.get(id))));
		return attributes;
	}

	private Map<String, Attribute> edgeAttributes(DefaultWeightedEdge e) {
		this.deadline.check();
		NetworkQuery.Edge edge = this.edges.get(e);
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		if (edge.first() != null) {
			attributes.put("first", DefaultAttribute.createAttribute(edge.first().toString()));
			attributes.put("last", DefaultAttribute.createAttribute(edge.last().toString()));
		}
		return attributes;
	}

}
