package org.contacttimeline;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts the shared test database back to the seed after a test that wrote to it, so that every test class sees
 * the seed whatever ran before it. What the seed holds is what its revisions (those the migrations made, whose
 * editor starts with "seed:") recorded; the history of what tests wrote stays, as it would in production.
 */
@TestComponent
public class Seed {

	/** The slug of the seed's source: the Korea Times article of March 2019 that its contacts cite. */
	public static final String ARTICLE = "korea-times-nk-russia-support-2019-03";

	private final JdbcClient jdbc;

	Seed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The seed back, and no article posted: articles and the proposals they made are not part of it. */
	public void restoreWithoutArticles() {
		this.jdbc.sql("delete from article").update();
		this.jdbc.sql("delete from candidate_group where origin = 'article'").update();
		restore();
	}

	public void restore() {
		for (String statement : new String[] {
				"delete from meeting where id not in (select id from meeting_aud where rev in (select id from revision where editor like 'seed:%'))",
				"delete from delegation where id not in (select id from delegation_aud where rev in (select id from revision where editor like 'seed:%'))",
				"delete from citation where id not in (select id from citation_aud where rev in (select id from revision where editor like 'seed:%'))",
				"delete from position where id not in (select id from position_aud where rev in (select id from revision where editor like 'seed:%'))",
				"delete from official where id not in (select id from official_aud where rev in (select id from revision where editor like 'seed:%'))",
				"delete from source where id not in (select id from source_aud where rev in (select id from revision where editor like 'seed:%'))" }) {
			this.jdbc.sql(statement).update();
		}
	}

}
