package org.contacttimeline.analytics;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.PageBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's other two views of the filters, in Debian's headless Chromium under the page's strict CSP: the chart
 * of counts over time draws exactly what {@code /api/v1/stats} counts, and a click on a node of the network lists
 * that official's or country's contacts.
 */
@ApiTest
class AnalyticsPageBrowserTests {

	@RegisterExtension
	static final PageBrowser page = PageBrowser.window(1280, 1300);

	@Autowired
	Api api;

	@Test
	void drawsABarForEveryCountOfStatsStackedByKindAndThenByStatusPerMonth() throws IOException {
		open("/?view=chart&country=KP&country=RU", "chart");

		assertThat(bars()).isEqualTo(counts("/api/v1/stats?country=KP&country=RU&group=year&by=kind")).isNotEmpty();
		assertThat(page.driver().findElement(By.id("chart-notes")).getText()).contains("1 undated");
		page.saveScreenshot("chart.png");

		new Select(page.driver().findElement(By.id("chart-group"))).selectByValue("month");
		waitFor().until(ExpectedConditions.urlContains("group=month"));
		waitUntil("chart");
		new Select(page.driver().findElement(By.id("chart-by"))).selectByValue("status");
		waitFor().until(ExpectedConditions.urlContains("by=status"));
		waitUntil("chart");

		assertThat(bars()).isEqualTo(counts("/api/v1/stats?country=KP&country=RU&group=month&by=status"));
		assertThat(bars()).containsEntry("2019-03 planned", 1L);
	}

	@Test
	void noteAContactKnownOnlyToItsYearBesideTheMonths() {
		open("/?view=chart&group=month&to=1950-12-31", "chart");

		assertThat(bars()).isEmpty();
		assertThat(page.driver().findElement(By.id("chart-notes")).getText()).contains("1 known only to the year", "1949: 1");
	}

	@Test
	void listsTheContactsOfAnOfficialWhenItsNodeIsClicked() throws IOException {
		open("/?view=network&from=2019-03-01&to=2019-03-31", "network");
		List<String> nodes = page.driver().findElements(By.cssSelector("#network .node"))
			.stream()
			.map((node) -> node.getDomAttribute("data-id"))
			.toList();
		assertThat(nodes).containsExactlyInAnyOrderElementsOf(
				this.api.get("/api/v1/network?from=2019-03-01&to=2019-03-31").<List<String>>json("$.nodes[*].id"));
		page.saveScreenshot("network.png");

		page.driver().findElement(By.cssSelector("#network .node[data-id='im-chon-il'] circle")).click();

		waitFor().until(ExpectedConditions.urlContains("official=im-chon-il"));
		waitUntil("timeline");
		List<String> listed = page.driver().findElements(By.cssSelector("#timeline-view [data-slug]"))
			.stream()
			.map((entry) -> entry.getDomAttribute("data-slug"))
			.toList();
		assertThat(listed).isNotEmpty()
			.isEqualTo(this.api.get("/api/v1/timeline?from=2019-03-01&to=2019-03-31&official=im-chon-il")
				.<List<String>>json("$.items[*].slug"));
		assertThat(page.driver().findElement(By.id("official-chips")).getText()).contains("Im Chon-il");
	}

	@Test
	void listsACountrysContactsWhenItsNodeIsClickedAtCountryLevel() {
		open("/?view=network&level=country", "network");

		page.driver().findElement(By.cssSelector("#network .node[data-id='US'] circle")).click();

		waitFor().until(ExpectedConditions.urlContains("country=US"));
		waitUntil("timeline");
		assertThat(page.driver().findElements(By.cssSelector("#timeline-view [data-slug]")))
			.extracting((entry) -> entry.getDomAttribute("data-slug"))
			.containsExactly("us-north-korea-summit-hanoi-2019-02-27");
	}

	private void open(String path, String view) {
		page.driver().get(this.api.base() + path);
		waitUntil(view);
	}

	private static void waitUntil(String view) {
		waitFor().until(ExpectedConditions.attributeToBe(By.id(view), "data-state", "ready"));
	}

	private static WebDriverWait waitFor() {
		return new WebDriverWait(page.driver(), Duration.ofSeconds(20));
	}

	/** The bars drawn, as "period key" to count. */
	private static Map<String, Long> bars() {
		Map<String, Long> bars = new HashMap<>();
		for (WebElement bar : page.driver().findElements(By.cssSelector("#chart rect.bar"))) {
			bars.put(bar.getDomAttribute("data-period") + " " + bar.getDomAttribute("data-key"),
					Long.parseLong(bar.getDomAttribute("data-count")));
		}
		return bars;
	}

	/** The counts of /stats that are not zero, as "period key" to count. */
	private Map<String, Long> counts(String url) {
		Api.Response stats = this.api.get(url);
		List<String> periods = stats.json("$.periods");
		List<Map<String, Object>> series = stats.json("$.series");
		Map<String, Long> counts = new HashMap<>();
		for (Map<String, Object> s : series) {
			@SuppressWarnings("unchecked")
			List<Number> values = (List<Number>) s.get("counts");
			for (int i = 0; i < periods.size(); i++) {
				if (values.get(i).longValue() > 0) {
					counts.put(periods.get(i) + " " + s.get("key"), values.get(i).longValue());
				}
			}
		}
		return counts;
	}

}
