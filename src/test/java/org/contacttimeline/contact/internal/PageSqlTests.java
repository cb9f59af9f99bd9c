package org.contacttimeline.contact.internal;

import org.contacttimeline.contact.ContactFilter;
import org.contacttimeline.contact.MeetingStatus;
import org.contacttimeline.web.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import org.contacttimeline.web.Page.Cursor;
import org.contacttimeline.web.Format;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL each filter combination produces: the shapes that let PostgreSQL read a page from an index and stop
 * (the tests against the database show what the SQL selects; these show how it reads).
 */
class PageSqlTests {

	private static final DSLContext SQL = DSL.using(SQLDialect.POSTGRES, new Settings()
		.withRenderQuotedNames(RenderQuotedNames.NEVER)
		.withRenderKeywordCase(RenderKeywordCase.LOWER));

	private static final LocalDate MARCH_1 = LocalDate.of(2019, 3, 1);

	private static final LocalDate MARCH_31 = LocalDate.of(2019, 3, 31);

	@Test
	void readsEveryMeetingInTimelineOrderFromOneBranchWhenNothingIsFiltered() {
		String sql = meetings(filter().build());

		assertThat(sql).doesNotContain("union all").doesNotContain("meeting_country").doesNotContain("facets")
			.contains("order by m.start_date asc nulls last, m.slug asc")
			.contains("fetch next :limit rows only");
	}

	@Test
	void splitsAPeriodIntoMeetingsStartingInItAndMeetingsStillRunningCutToAPage() {
		String sql = meetings(filter().from(MARCH_1).to(MARCH_31).build());

		assertThat(sql).contains("union all")
			// the page's ids read apart, so that the timeline index with the facets answers the walk alone
			.contains("where m.id in (select mi.id from meeting as mi where mi.start_date between cast(:from as date) and cast(:to as date) "
					+ "order by mi.start_date asc nulls last, mi.slug asc fetch next :limit rows only)")
			// still running on the first day: "<>" so that no plan walks the start-date index from 1950
			.contains("m.start_date <> cast(:from as date)")
			.contains("daterange(m.start_date, m.end_date, '[]') @> cast(:from as date)")
			.contains("offset 0 rows");
	}

	@Test
	void readsADayAsAPeriodOfOneDay() {
		String sql = meetings(filter().date(MARCH_1).build());

		assertThat(sql).contains("mi.start_date between cast(:date as date) and cast(:date as date)")
			.contains("m.start_date <> cast(:date as date)");
	}

	@Test
	void readsACountryPairOverAPeriodFromTheFirstCountrysSidesFencedFromThePlanner() {
		String sql = meetings(filter().from(MARCH_1).to(MARCH_31).countries("KP", "RU").build());

		assertThat(sql).contains("from meeting_country as drive")
			.contains("drive.country_code = :country0")
			.contains("drive.start_date between cast(:from as date) and cast(:to as date)")
			// the second country probed by the key of the sides, not joined by date
			.contains("exists (select 1 as one from meeting_country as side1 where (side1.meeting_id = drive.meeting_id"
					+ " and side1.country_code = :country1))")
			.contains("order by drive.start_date offset 0 rows) as drive");
		// the meetings still running test the countries among their facets
		assertThat(sql).contains("m.facets @> cast(:facets as varchar[])");
	}

	@Test
	void readsEqualityFiltersWithoutDatesAsOneTestOfTheMeetingsFacets() {
		String sql = meetings(filter().countries("CN", "KP").host("RU").status(MeetingStatus.CANCELLED).kind("040")
			.build());

		assertThat(sql).doesNotContain("meeting_country").doesNotContain("daterange")
			.contains("where m.id in (select mi.id from meeting as mi where mi.facets @> cast(:facets as varchar[]) order by")
			.doesNotContain("location_country =").doesNotContain("status =");
	}

	@Test
	void letsWordsBeLookedUpInTheSearchDocuments() {
		String sql = meetings(filter().from(MARCH_1).countries("RU").q("trade talks").build());

		assertThat(sql).doesNotContain("meeting_country as drive")
			.contains("m.search @@ search_query(:q)")
			.contains("m.facets @> cast(:facets as varchar[])");
	}

	@Test
	void readsAnOfficialsMeetingsFromTheOfficialsParticipationsInDateOrder() {
		String sql = meetings(filter().official("im-chon-il").countries("RU").q("talks").build());

		assertThat(sql).contains("from meeting_participant as drive")
			.contains("drive.official_id = (select po.id from official as po where po.slug = :official)")
			.contains("order by drive.start_date offset 0 rows) as drive")
			// undated meetings last, from the official's participations too
			.contains("drive.start_date is null")
			.contains("m.search @@ search_query(:q)");
	}

	@Test
	void filtersByDelegationOnTheMeetingItself() {
		String sql = meetings(filter().delegation("russian-senators-north-korea-2019-03").build());

		assertThat(sql).contains("mi.delegation_id = (select md.id from delegation as md where md.slug = :delegation)");
	}

	@Test
	void continuesAfterTheCursorByTheKeysetAndAddsTheUndatedMeetingsThatComeLast() {
		String sql = meetings(filter().cursor(new Cursor(MARCH_1, "a-meeting", "meeting")).build());

		assertThat(sql).contains("(mi.start_date, mi.slug) > (cast(:cursorDate as date), :cursorSlug)")
			.contains("m.start_date is null");
	}

	@Test
	void afterAnUndatedCursorReadsOnlyUndatedMeetings() {
		String sql = meetings(filter().cursor(new Cursor(null, "a-meeting", "meeting")).build());

		assertThat(sql).doesNotContain("union all").contains("m.start_date is null").contains("m.slug > :cursorSlug");
	}

	@Test
	void mergesMeetingsAndDelegationVisitsInOneStatementCutAtTheExactKeyset() {
		String sql = SQL.renderNamedParams(PageSql.timeline(filter().date(MARCH_1).countries("KP")
			.cursor(new Cursor(MARCH_1, "a-visit", "delegation")).build()));

		assertThat(sql).contains("from delegation as d")
			.contains(":country0 in (d.sending_country, d.host_country)")
			// every branch reads from the cursor's own row on; the type decides
			.contains("(m.start_date, m.slug) >= (cast(:cursorDate as date), :cursorSlug)")
			.contains("(d.start_date, d.slug) >= (cast(:cursorDate as date), :cursorSlug)")
			// the visits are read in timeline order too, and cut at a page
			.contains("order by d.start_date asc nulls last, d.slug asc fetch next :branchLimit rows only")
			.contains("(e.start_date, e.slug, e.type) > (cast(:cursorDate as date), :cursorSlug, :cursorType)")
			.contains("order by e.start_date asc nulls last, e.slug asc, e.type asc");
	}

	@Test
	void selectsADelegationVisitByItsPeriodCountriesMembersAndWords() {
		String sql = SQL.renderNamedParams(PageSql.delegations(filter().from(MARCH_1).countries("RU")
			.official("sergei-kislyak").q("senators").build()));

		assertThat(sql).contains("d.start_date >= cast(:from as date)")
			.contains(":country0 in (d.sending_country, d.host_country)")
			.contains("dm.official_id = (select po.id from official as po where po.slug = :official)")
			.contains("d.search @@ search_query(:q)")
			.contains("order by d.start_date asc nulls last, d.slug asc");
	}

	@Test
	void bindsEveryValueAsANamedParameterNeverInlined() {
		String sql = meetings(filter().date(MARCH_1).countries("KP").host("RU").q("o'brien").build());

		assertThat(sql).doesNotContain("2019-03-01").doesNotContain("KP").doesNotContain("o'brien")
			.contains(":date").contains(":facets").contains(":q");
	}

	@Test
	void writesTheUpdatedSinceInstantIntoTheSqlAndLetsThePlannerWeighItsIndexAgainstTheFacets() {
		String sql = meetings(filter().from(MARCH_1).to(MARCH_31).countries("KP", "RU")
			.updatedSince(Instant.parse("2025-06-01T12:00:00Z")).build());

		assertThat(sql).contains("m.updated_at >= timestamp with time zone '2025-06-01 12:00:00+00:00'")
			.contains("m.facets @>")
			.doesNotContain("meeting_country as drive").doesNotContain("offset 0 rows) as drive");
		assertThat(SQL.renderNamedParams(PageSql.delegations(filter().updatedSince(Instant.parse("2025-06-01T12:00:00Z")).build())))
			.contains("d.updated_at >= timestamp with time zone '2025-06-01 12:00:00+00:00'");
	}

	@Test
	void readsTheContactsThatChangedLastBackwardsFromTheirChangeTimesAndMergesThem() {
		String sql = SQL.renderNamedParams(PageSql.recentlyChanged(filter().countries("KP").build()));

		assertThat(sql).contains("order by m.updated_at desc, m.id desc")
			.contains("order by d.updated_at desc, d.id desc")
			.contains("union all")
			.contains("order by e.updated_at desc, e.type asc, e.id desc");
	}

	private static String meetings(ContactFilter filter) {
		return SQL.renderNamedParams(PageSql.meetings(filter));
	}

	private static Builder filter() {
		return new Builder();
	}

	/** A filter as a request would give it. */
	private static final class Builder {

		private LocalDate date;

		private LocalDate from;

		private LocalDate to;

		private List<String> countries = List.of();

		private String host;

		private String official;

		private String delegation;

		private MeetingStatus status;

		private String kind;

		private String q;

		private Cursor cursor;

		private Instant updatedSince;

		Builder date(LocalDate date) {
			this.date = date;
			return this;
		}

		Builder from(LocalDate from) {
			this.from = from;
			return this;
		}

		Builder to(LocalDate to) {
			this.to = to;
			return this;
		}

		Builder countries(String... countries) {
			this.countries = List.of(countries);
			return this;
		}

		Builder host(String host) {
			this.host = host;
			return this;
		}

		Builder official(String official) {
			this.official = official;
			return this;
		}

		Builder delegation(String delegation) {
			this.delegation = delegation;
			return this;
		}

		Builder status(MeetingStatus status) {
			this.status = status;
			return this;
		}

		Builder kind(String kind) {
			this.kind = kind;
			return this;
		}

		Builder q(String q) {
			this.q = q;
			return this;
		}

		Builder updatedSince(Instant updatedSince) {
			this.updatedSince = updatedSince;
			return this;
		}

		Builder cursor(Cursor cursor) {
			this.cursor = cursor;
			return this;
		}

		ContactFilter build() {
			return new ContactFilter(this.date, this.from, this.to, this.countries, this.host, this.official,
					this.delegation, this.status, this.kind, this.q, this.updatedSince, 50, this.cursor, true, Format.JSON);
		}

	}

}
