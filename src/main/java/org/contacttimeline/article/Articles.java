package org.contacttimeline.article;

import org.contacttimeline.web.Problems;
import org.contacttimeline.web.InvalidRequestException.FieldError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.contacttimeline.candidate.CandidateProposals;
import org.contacttimeline.candidate.NewCandidate;
import org.contacttimeline.candidate.ProposedCandidate;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts articles: reads the text ({@link ArticleReader}) and puts each proposal in the review queue, where it is
 * proposed or corroborates the contact the timeline has; all in one transaction. The same text posted again (its
 * SHA-256, line endings and surrounding space aside) adds nothing and answers the article posted before; another
 * text at a URL already posted is a conflict.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
class Articles {

	/** The first key of the advisory locks taken on texts, so that two posts of one text take turns. */
	private static final int LOCK_SPACE = 1_610_031;

	private final JdbcClient jdbc;

	private final CandidateProposals queue;

	private final ArticleReader reader;

	private final JsonMapper json;

	Articles(JdbcClient jdbc, CandidateProposals queue, TimelineNames names, JsonMapper json) {
		this.jdbc = jdbc;
		this.queue = queue;
		this.reader = new ArticleReader(names);
		this.json = json;
	}

	ArticleResponse post(ArticleRequest request, String editor) {
		String text = request.text().replace("\r\n", "\n").strip();
		String sha256 = sha256(text);
		this.jdbc.sql("select pg_advisory_xact_lock(:space, hashtext(:sha))").param("space", LOCK_SPACE)
			.param("sha", sha256).query((rs, n) -> 0).single();
		Optional<Long> posted = this.jdbc.sql("select id from article where sha256 = :sha").param("sha", sha256)
			.query(Long.class).optional();
		if (posted.isPresent()) {
			return read(posted.get(), true).orElseThrow();
		}
		if (request.url() != null) {
			this.jdbc.sql("select id from article where url = :url").param("url", request.url()).query(Long.class)
				.optional().ifPresent((id) -> {
					throw Problems.conflict("An article with the URL " + request.url() + " was posted already (id " + id
							+ ") with another text; post an article's text once, or give the other text its own URL.");
				});
		}
		List<Proposal> proposals = this.reader.read(text, request.publishedOn());
		if (proposals.size() > Proposals.MOST) {
			throw Problems.unprocessable(List.of(new FieldError("text", "reports " + proposals.size() + " contacts, more "
					+ "than the " + Proposals.MOST + " an article may propose: post one article at a time", null)));
		}
		long id = this.jdbc.sql("""
				insert into article (sha256, publisher, headline, author, published_on, url, text, editor, posted_at)
				values (:sha, :publisher, :headline, :author, :publishedOn, :url, :text, :editor, :at) returning id""")
			.param("sha", sha256).param("publisher", request.publisher().strip()).param("headline", request.headline())
			.param("author", request.author()).param("publishedOn", request.publishedOn()).param("url", request.url())
			.param("text", text).param("editor", editor).param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.query(Long.class).single();
		// visits first, so that a meeting held during one names its candidate group
		Map<Integer, Long> groups = new LinkedHashMap<>();
		for (boolean visits : new boolean[] { true, false }) {
			for (int i = 0; i < proposals.size(); i++) {
				Proposal proposal = proposals.get(i);
				if (proposal.type().equals("delegation") == visits) {
					Long visit = proposal.visit() != null ? groups.get(Math.toIntExact(proposal.visit())) : null;
					ProposedCandidate queued = this.queue.propose(candidate(proposal.withVisit(visit)));
					groups.put(i, queued.id());
				}
			}
		}
		groups.forEach((ordinal, group) -> this.jdbc.sql("""
				insert into article_proposal (article_id, ordinal, group_id) values (:article, :ordinal, :group)""")
			.param("article", id).param("ordinal", ordinal).param("group", group).update());
		return read(id, false).orElseThrow();
	}

	/** The article with its proposals where they stand now. */
	@Transactional(readOnly = true, transactionManager = "transactionManager")
	Optional<ArticleResponse> read(long id, boolean alreadyPosted) {
		record Row(long id, String publisher, String headline, String author, LocalDate publishedOn, String url,
				String editor, OffsetDateTime postedAt) {
		}
		Optional<Row> article = this.jdbc.sql("""
				select id, publisher, headline, author, published_on, url, editor, posted_at from article where id = :id""")
			.param("id", id)
			.query(Row.class)
			.optional();
		if (article.isEmpty()) {
			return Optional.empty();
		}
		List<Long> groups = this.jdbc.sql("select group_id from article_proposal where article_id = :id order by ordinal")
			.param("id", id).query(Long.class).list();
		List<ArticleResponse.Entry> entries = new ArrayList<>();
		for (ProposedCandidate group : this.queue.states(groups)) {
			entries.add(new ArticleResponse.Entry(group.id(), group.state(),
					group.type() != null ? new ArticleResponse.Contact(group.type(), group.slug()) : null, group.proposal()));
		}
		Row row = article.get();
		return Optional.of(new ArticleResponse(row.id(), row.publisher(), row.headline(), row.author(), row.publishedOn(),
				row.url(), row.editor(), row.postedAt(), alreadyPosted, entries));
	}

	/** A proposal as the review queue holds it. */
	private NewCandidate candidate(Proposal proposal) {
		Map<String, List<String>> names = new LinkedHashMap<>();
		String official = null;
		StringBuilder words = new StringBuilder(proposal.title());
		for (Proposal.Participant person : proposal.participants()) {
			String name = person.official() != null ? person.official().name() : person.name();
			if (person.country() != null) {
				names.computeIfAbsent(person.country(), (c) -> new ArrayList<>()).add(name);
			}
			if (official == null && person.official() != null) {
				official = person.official().slug();
			}
			words.append(' ').append(name).append(' ').append(person.role() != null ? person.role() : "");
		}
		Proposal.PlaceField place = proposal.place();
		if (place != null) {
			words.append(' ').append(place.city() != null ? place.city() : "").append(' ')
				.append(place.venue() != null ? place.venue() : "");
		}
		return new NewCandidate(proposal.type().equals("delegation"), proposal.title(), proposal.date().startDate(),
				proposal.date().endDate(), proposal.date().precision(),
				proposal.countries().stream().map(Proposal.Side::code).toList(), proposal.kind().code(),
				place != null ? (place.venue() != null ? place.venue() : place.city()) : null,
				place != null ? place.city() : null, place != null ? place.country() : null, proposal.status().value(),
				names, official, this.json.writeValueAsString(proposal), words.toString());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
