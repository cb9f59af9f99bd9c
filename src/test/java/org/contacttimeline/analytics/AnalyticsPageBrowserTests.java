package org.contacttimeline.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page's other two views of the filters, in Debian's headless Chromium under the page's strict CSP: the chart
 * of counts over time draws exactly what {@code /api/v1/stats} counts, and a click on a node of the network lists
 * that official's or country's contacts.
 */
@ApiTest
class AnalyticsPageBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static ChromeDriverService service;

	private static ChromeDriver browser;

	private static Path profile;

	@Autowired
	Api api;

	@BeforeAll
	static void startBrowser() throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equals(System.getenv("CI"))) {
			fail(CHROMIUM + " and " + CHROMEDRIVER + " are needed on CI; .ci/run installs them "
					+ "(apt-get install chromium chromium-driver)");
		}
		if (!installed) {
			return;
		}
		profile = Files.createTempDirectory("analytics-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1300", "--user-data-dir=" + profile);
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
		browser = new ChromeDriver(service, options);
	}

	@BeforeEach
	void needsTheBrowser() {
		assumeTrue(browser != null,
				"no " + CHROMIUM + " or " + CHROMEDRIVER + ": install them with apt-get install chromium chromium-driver");
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (service != null) {
			service.stop();
		}
		if (profile != null) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	@Test
	void drawsABarForEveryCountOfStatsStackedByKindAndThenByStatusPerMonth() throws IOException {
		open("/?view=chart&country=KP&country=RU", "chart");

		assertThat(bars()).isEqualTo(counts("/api/v1/stats?country=KP&country=RU&group=year&by=kind")).isNotEmpty();
		assertThat(browser.findElement(By.id("chart-notes")).getText()).contains("1 undated");
		saveScreenshot("chart.png");

		new Select(browser.findElement(By.id("chart-group"))).selectByValue("month");
		waitFor().until(ExpectedConditions.urlContains("group=month"));
		waitUntil("chart");
		new Select(browser.findElement(By.id("chart-by"))).selectByValue("status");
		waitFor().until(ExpectedConditions.urlContains("by=status"));
		waitUntil("chart");

		assertThat(bars()).isEqualTo(counts("/api/v1/stats?country=KP&country=RU&group=month&by=status"));
		assertThat(bars()).containsEntry("2019-03 planned", 1L);
	}

	@Test
	void noteAContactKnownOnlyToItsYearBesideTheMonths() {
		open("/?view=chart&group=month&to=1950-12-31", "chart");

		assertThat(bars()).isEmpty();
		assertThat(browser.findElement(By.id("chart-notes")).getText()).contains("1 known only to the year", "1949: 1");
	}

	@Test
	void listsTheContactsOfAnOfficialWhenItsNodeIsClicked() throws IOException {
		open("/?view=network&from=2019-03-01&to=2019-03-31", "network");
		List<String> nodes = browser.findElements(By.cssSelector("#network .node"))
			.stream()
			.map((node) -> node.getDomAttribute("data-id"))
			.toList();
		assertThat(nodes).containsExactlyInAnyOrderElementsOf(
				this.api.get("/api/v1/network?from=2019-03-01&to=2019-03-31").<List<String>>json("$.nodes[*].id"));
		saveScreenshot("network.png");

		browser.findElement(By.cssSelector("#network .node[data-id='im-chon-il'] circle")).click();

		waitFor().until(ExpectedConditions.urlContains("official=im-chon-il"));
		waitUntil("timeline");
		List<String> listed = browser.findElements(By.cssSelector("#timeline-view [data-slug]"))
			.stream()
			.map((entry) -> entry.getDomAttribute("data-slug"))
			.toList();
		assertThat(listed).isNotEmpty()
			.isEqualTo(this.api.get("/api/v1/timeline?from=2019-03-01&to=2019-03-31&official=im-chon-il")
				.<List<String>>json("$.items[*].slug"));
		assertThat(browser.findElement(By.id("official-chips")).getText()).contains("Im Chon-il");
	}

	@Test
	void listsACountrysContactsWhenItsNodeIsClickedAtCountryLevel() {
		open("/?view=network&level=country", "network");

		browser.findElement(By.cssSelector("#network .node[data-id='US'] circle")).click();

		waitFor().until(ExpectedConditions.urlContains("country=US"));
		waitUntil("timeline");
		assertThat(browser.findElements(By.cssSelector("#timeline-view [data-slug]")))
			.extracting((entry) -> entry.getDomAttribute("data-slug"))
			.containsExactly("us-north-korea-summit-hanoi-2019-02-27");
	}

	private void open(String path, String view) {
		browser.get(this.api.base() + path);
		waitUntil(view);
	}

	private static void waitUntil(String view) {
		waitFor().until(ExpectedConditions.attributeToBe(By.id(view), "data-state", "ready"));
	}

	private static WebDriverWait waitFor() {
		return new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	/** The bars drawn, as "period key" to count. */
	private static Map<String, Long> bars() {
		Map<String, Long> bars = new HashMap<>();
		for (WebElement bar : browser.findElements(By.cssSelector("#chart rect.bar"))) {
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

	private static void saveScreenshot(String name) throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "screenshots"));
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name),
				StandardCopyOption.REPLACE_EXISTING);
	}

}
