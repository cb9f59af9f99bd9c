package org.contacttimeline.timeline;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.PageBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline page at {@code /} in Debian's headless Chromium, as a reader uses it: filters in the address and in
 * the form, entries in date order, an entry opened to read its sources, a refused filter explained.
 */
@ApiTest
class TimelinePageBrowserTests {

	private static final String HANOI = "us-north-korea-summit-hanoi-2019-02-27";

	private static final String IM_CHON_IL = "im-chon-il-igor-morgulov-talks-2019-03-14";

	@RegisterExtension
	static final PageBrowser page = PageBrowser.window(1280, 1600);

	@Autowired
	Api api;

	@Test
	void drawsTheMarchContactsInDateOrderFromTheFiltersInTheAddress() {
		open("/?from=2019-03-01&to=2019-03-31");

		assertThat(slugs()).containsExactly("han-man-hyok-visit-to-moscow-2019-03", "im-chon-il-visit-to-moscow-2019-03",
				"kim-yong-jae-visit-to-moscow-2019-03", "kim-yong-jae-alexander-kozlov-talks-2019-03-04",
				"han-man-hyok-moscow-photo-exhibition-2019-03-05", IM_CHON_IL,
				"russian-senators-business-meetings-pyongyang-2019-03-16", "russian-senators-north-korea-2019-03",
				"russian-senators-visit-north-korea-2019-03-16");
		assertThat(entry("russian-senators-north-korea-2019-03").getDomAttribute("data-type")).isEqualTo("delegation");
		assertThat(entry("russian-senators-north-korea-2019-03").getText()).contains("Delegation visit");
		assertThat(entry(IM_CHON_IL).getDomAttribute("data-type")).isEqualTo("meeting");
		assertThat(entry("kim-yong-jae-alexander-kozlov-talks-2019-03-04").getText()).contains("4\u20136 March 2019");
		assertThat(page.driver().findElement(By.id("from")).getDomProperty("value")).isEqualTo("2019-03-01");
		assertThat(page.driver().findElement(By.id("to")).getDomProperty("value")).isEqualTo("2019-03-31");
	}

	@Test
	void showsADateOnlyAsPreciselyAsItIsKnownAndUndatedContactsAfterTheDatedOnes() {
		open("/?to=1950-12-31");

		assertThat(entry("kim-il-sung-state-visit-to-moscow-1949").findElement(By.cssSelector(".when")).getText())
			.isEqualTo("1949");

		open("/?country=KP&country=RU");

		WebElement speculated = page.driver()
			.findElement(By.cssSelector("#undated [data-slug='kim-jong-un-vladimir-putin-summit-in-moscow']"));
		assertThat(speculated.getText()).contains("Date unknown", "Undated", "Speculated");
		assertThat(slugs()).last().isEqualTo("kim-jong-un-vladimir-putin-summit-in-moscow");
	}

	@Test
	void choosingNorthKoreaAndRussiaInTheFormLeavesOutTheHanoiSummitAndPutsThePairInTheAddress() {
		open("/?from=2019-01-01&to=2019-03-31");
		assertThat(slugs()).contains(HANOI, IM_CHON_IL);

		WebElement country = page.driver().findElement(By.id("country-input"));
		country.sendKeys("North Korea", Keys.ENTER);
		country.sendKeys("Russia", Keys.ENTER);
		page.driver().findElement(By.id("apply")).click();

		waitFor().until(ExpectedConditions.urlContains("country=KP&country=RU"));
		waitUntilDrawn();
		assertThat(slugs()).doesNotContain(HANOI).contains(IM_CHON_IL);
		assertThat(page.driver().getCurrentUrl()).endsWith("/?from=2019-01-01&to=2019-03-31&country=KP&country=RU");

		page.driver().navigate().refresh();
		waitUntilDrawn();
		assertThat(page.driver().findElement(By.id("country-chips")).getText()).contains("North Korea", "Russia");
		assertThat(slugs()).doesNotContain(HANOI).contains(IM_CHON_IL);
	}

	@Test
	void opensAnEntryOnClickOrEnterToShowItsParticipantsPlaceAndQuotedSources() throws IOException {
		open("/?from=2019-03-01&to=2019-03-31");
		WebElement talks = entry(IM_CHON_IL);
		WebElement quote = talks.findElement(By.cssSelector(".sources blockquote"));
		assertThat(quote.isDisplayed()).isFalse();

		talks.findElement(By.tagName("summary")).click();

		waitFor().until(ExpectedConditions.visibilityOf(quote));
		assertThat(quote.getText()).contains("a schedule of political contacts");
		assertThat(talks.findElement(By.cssSelector(".sources figcaption")).getText()).contains("The Korea Times",
				"N. Korea believed to be desperate to win Russia's support");
		assertThat(talks.findElement(By.cssSelector(".participants")).getText())
			.contains("Im Chon-il \u2014 Vice Foreign Minister (North Korea)")
			.contains("Igor Morgulov \u2014 Deputy Foreign Minister (Russia)");
		assertThat(talks.findElement(By.cssSelector(".facts")).getText())
			.contains("Moscow, Guesthouse of the Russian Foreign Ministry, Russia")
			.contains("Held");
		page.saveScreenshot("timeline.png");

		WebElement exhibition = entry("han-man-hyok-moscow-photo-exhibition-2019-03-05");
		exhibition.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);

		waitFor().until(ExpectedConditions.visibilityOf(exhibition.findElement(By.cssSelector(".sources blockquote"))));
		assertThat(exhibition.getText()).contains("Han Man-hyok", "His Russian counterparts (not named)");
	}

	@Test
	void explainsAFilterTheServiceRefusesWithTheProblemDetail() {
		String detail = this.api.get("/api/v1/timeline?from=2019-04-01&to=2019-03-01").json("$.detail");

		page.driver().get(this.api.base() + "/?from=2019-04-01&to=2019-03-01");

		WebElement problem = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
		assertThat(problem.getText()).contains(detail).contains("'from' must be on or before 'to'");
		assertThat(slugs()).isEmpty();
	}

	private void open(String path) {
		page.driver().get(this.api.base() + path);
		waitUntilDrawn();
	}

	private void waitUntilDrawn() {
		waitFor().until(ExpectedConditions.attributeToBe(By.id("timeline"), "data-state", "ready"));
	}

	private static WebDriverWait waitFor() {
		return new WebDriverWait(page.driver(), Duration.ofSeconds(20));
	}

	private static List<String> slugs() {
		return page.driver().findElements(By.cssSelector("main [data-slug]"))
			.stream()
			.map((entry) -> entry.getDomAttribute("data-slug"))
			.toList();
	}

	private static WebElement entry(String slug) {
		return page.driver().findElement(By.cssSelector("[data-slug='" + slug + "']"));
	}

}
