package org.contacttimeline.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.contacttimeline.Api;
import org.contacttimeline.PageBrowser;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst's journeys through the page, in headless Chromium under the page's own Content-Security-Policy: a
 * country found by typing, an official opened from the network, dates dragged on the time overview, the CSV of the
 * filter downloaded, Back and Forward through the views, a bar of the chart opening its contacts.
 */
@ApiTest
class PageJourneyBrowserTests {

	@RegisterExtension
	static final PageBrowser browser = PageBrowser.window(1280, 900);

	@Autowired
	Api api;

	@BeforeEach
	void onADesktopScreen() {
		browser.screen(1280, 900);
	}

	@Test
	void filtersByCountriesFoundByTypingTheirNames() {
		browser.open(this.api.base() + "/?from=2019-01-01&to=2019-12-31", "timeline");
		assertThat(browser.slugs()).contains("us-north-korea-summit-hanoi-2019-02-27");

		WebElement country = browser.find("#country-input");
		country.sendKeys("russ");
		browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("country-options")));
		assertThat(browser.find("#country-options li[aria-selected='true']").getText()).startsWith("Russia");
		country.sendKeys(Keys.ENTER);
		country.sendKeys("north ko");
		country.sendKeys(Keys.ENTER);
		assertThat(browser.find("#country-chips").getText()).contains("Russia", "North Korea");
		browser.find("#apply").click();

		browser.waitFor().until(ExpectedConditions.urlContains("country=RU&country=KP"));
		browser.waitUntilDrawn("timeline");
		assertThat(browser.slugs()).isNotEmpty()
			.doesNotContain("us-north-korea-summit-hanoi-2019-02-27")
			.isEqualTo(this.api.get("/api/v1/timeline?from=2019-01-01&to=2019-12-31&country=RU&country=KP")
				.<List<String>>json("$.items[*].slug"));
		assertThat(browser.find("#summary").getText()).contains("from 1 January 2019 to 31 December 2019",
				"with Russia and North Korea");
		assertThat(browser.focusedId()).as("the focus moves to the results").isEqualTo("summary");
	}

	@Test
	void findsAnOfficialInTheNetworkWalksToANeighbourAndOpensTheirContacts() {
		browser.open(this.api.base() + "/?view=network&from=2019-03-01&to=2019-03-31", "network");
		assertThat(browser.find("#network .node[data-id='im-chon-il']").getDomAttribute("aria-label"))
			.startsWith("Im Chon-il (North Korea)")
			.contains("met Igor Morgulov");
		assertThat(browser.find("#network-legend").getText()).contains("North Korea", "Russia");

		WebElement search = browser.find("#network-search");
		search.sendKeys("Im Chon");
		search.sendKeys(Keys.ENTER);
		assertThat(browser.focusedId()).isEqualTo("im-chon-il");
		assertThat(browser.find("#network .node[data-id='igor-morgulov']").getDomAttribute("class"))
			.as("a focused node lights up its neighbours").contains("near");
		List<String> reached = new ArrayList<>();
		for (Keys arrow : List.of(Keys.ARROW_RIGHT, Keys.ARROW_DOWN, Keys.ARROW_LEFT, Keys.ARROW_UP)) {
			browser.find("#network .node[data-id='im-chon-il']").sendKeys(arrow);
			reached.add(browser.focusedId());
			browser.script("document.querySelector(\"#network .node[data-id='im-chon-il']\").focus()");
		}
		assertThat(reached).as("an arrow key goes to the neighbour that way").contains("igor-morgulov");

		browser.find("#network .node[data-id='im-chon-il']").sendKeys(Keys.ENTER);

		browser.waitFor().until(ExpectedConditions.urlContains("official=im-chon-il"));
		browser.waitUntilDrawn("timeline");
		assertThat(browser.slugs()).isNotEmpty()
			.isEqualTo(this.api.get("/api/v1/timeline?from=2019-03-01&to=2019-03-31&official=im-chon-il")
				.<List<String>>json("$.items[*].slug"));
		assertThat(browser.find("#official-chips").getText()).contains("Im Chon-il");
		assertThat(browser.find("#summary").getText()).contains("with Im Chon-il").doesNotContain("im-chon-il");
		assertThat(browser.focusedId()).isEqualTo("summary");
	}

	@Test
	void setsTheDatesByDraggingARangeOnTheOverview() {
		browser.open(this.api.base() + "/", "timeline");
		browser.waitUntilDrawn("overview-strip");
		WebElement strip = browser.find("#overview-strip");
		List<?> periods = (List<?>) browser.script("return Array.from(document.querySelectorAll('#overview-strip "
				+ ".handle')).map((h) => Number(h.getAttribute('aria-valuemax')))");
		int width = strip.getRect().getWidth();
		int count = ((Number) periods.get(0)).intValue() + 1;
		double step = (width - 20) / (double) count;

		// from the first period (1949) to the fifth, measured from the strip's centre as Selenium moves
		new Actions(browser.driver()).moveToElement(strip, (int) (-width / 2.0 + 10 + step / 2), 0)
			.clickAndHold()
			.moveByOffset((int) (4 * step), 0)
			.release()
			.perform();

		browser.waitFor().until(ExpectedConditions.urlContains("to="));
		browser.waitUntilDrawn("timeline");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/?from=1949-01-01&to=1953-12-31");
		assertThat(browser.slugs()).containsExactly("kim-il-sung-state-visit-to-moscow-1949");
		assertThat(browser.find("#from").getDomProperty("value")).isEqualTo("1949-01-01");

		browser.driver().navigate().back();

		browser.waitFor().until(ExpectedConditions.urlToBe(this.api.base() + "/"));
		browser.waitUntilDrawn("timeline");
		assertThat(browser.slugs()).hasSizeGreaterThan(1);
	}

	@Test
	void downloadsTheCsvOfTheFilterShown() throws IOException {
		String filter = "from=2019-03-01&to=2019-03-31&country=KP";
		browser.open(this.api.base() + "/?" + filter, "timeline");

		browser.find("#timeline-view .downloads summary").click();
		browser.find("#download-csv").click();

		Path csv = browser.waitFor().until((driver) -> browser.downloaded(".csv"));
		assertThat(csv.getFileName().toString()).startsWith("timeline");
		assertThat(Files.readString(csv, StandardCharsets.UTF_8))
			.isEqualTo(this.api.get("/api/v1/timeline?" + filter + "&format=csv").body())
			.contains("im-chon-il-igor-morgulov-talks-2019-03-14");
	}

	@Test
	void backAndForwardWalkThroughTheViewsSeen() {
		browser.open(this.api.base() + "/?country=KP", "timeline");

		browser.find(".view-tab[data-view='chart']").click();
		browser.waitUntilDrawn("chart");
		browser.find(".view-tab[data-view='network']").click();
		browser.waitUntilDrawn("network");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/?country=KP&view=network");

		browser.driver().navigate().back();
		browser.waitFor().until(ExpectedConditions.urlContains("view=chart"));
		assertThat(browser.find("#chart-view").isDisplayed()).isTrue();
		assertThat(browser.find("#network-view").isDisplayed()).isFalse();
		browser.driver().navigate().back();
		browser.waitFor().until(ExpectedConditions.urlToBe(this.api.base() + "/?country=KP"));
		browser.waitUntilDrawn("timeline");
		assertThat(browser.find("#timeline-view").isDisplayed()).isTrue();
		browser.driver().navigate().forward();
		browser.waitFor().until(ExpectedConditions.urlContains("view=chart"));
		assertThat(browser.find("#chart-view").isDisplayed()).isTrue();
	}

	@Test
	void aBarOfTheChartOpensItsContactsAndKeepsTheLegendsColours() {
		browser.open(this.api.base() + "/?view=chart&group=month&by=kind&country=KP&country=RU", "chart");
		String delegationBar = (String) browser.script(
				"return getComputedStyle(document.querySelector(\"#chart rect.bar[data-key='delegation']\")).fill");
		String delegationBadge = (String) browser.script(
				"return getComputedStyle(document.querySelector('.legend .badge-delegation')).backgroundColor");
		assertThat(delegationBar).isEqualTo(delegationBadge);
		assertThat(browser.find("#chart").getText()).contains("Mar 2019", "Contacts", "Month the contact started");
		assertThat(browser.find("#chart-table").getDomProperty("textContent")).contains("March 2019");

		WebElement march = browser.find("#chart .period[data-period='2019-03']");
		assertThat(march.getDomAttribute("aria-label")).startsWith("March 2019: 9 contacts");
		march.sendKeys(Keys.ENTER);

		browser.waitFor().until(ExpectedConditions.urlContains("from=2019-03-01&to=2019-03-31"));
		browser.waitUntilDrawn("timeline");
		assertThat(browser.slugs())
			.isEqualTo(this.api.get("/api/v1/timeline?from=2019-03-01&to=2019-03-31&country=KP&country=RU")
				.<List<String>>json("$.items[*].slug"));
	}

	@Test
	void anEmptyResultOffersToWidenTheSearch() {
		browser.open(this.api.base() + "/?country=US&status=planned", "timeline");

		assertThat(browser.slugs()).isEmpty();
		assertThat(browser.find("#empty").getText()).contains("Any country", "Any status", "Clear every filter");

		browser.find("#empty").findElements(By.tagName("button"))
			.stream()
			.filter((button) -> button.getText().equals("Any status"))
			.findFirst()
			.orElseThrow()
			.click();

		browser.waitFor().until(ExpectedConditions.urlToBe(this.api.base() + "/?country=US"));
		browser.waitUntilDrawn("timeline");
		assertThat(browser.slugs()).contains("us-north-korea-summit-hanoi-2019-02-27");
	}

	@Test
	void aContactNamedInNotesOpensFromItsLinkWithTheFocusOnIt() {
		browser.open(this.api.base() + "/?country=KP&country=RU", "timeline");
		WebElement talks = browser.find("[data-slug='im-chon-il-igor-morgulov-talks-2019-03-14']");
		talks.findElement(By.tagName("summary")).click();

		talks.findElement(By.cssSelector(".notes a.contact-link")).sendKeys(Keys.ENTER);

		WebElement summit = browser.find("[data-slug='kim-jong-un-vladimir-putin-summit-in-moscow']");
		browser.waitFor().until((driver) -> summit.findElement(By.tagName("details")).getDomProperty("open").equals("true"));
		assertThat((Boolean) browser.script("return document.activeElement === arguments[0]",
				summit.findElement(By.tagName("summary")))).isTrue();
		assertThat(browser.driver().getCurrentUrl()).endsWith("#kim-jong-un-vladimir-putin-summit-in-moscow");
	}

}
