package org.contacttimeline.page;

import java.util.List;
import java.util.Map;

import org.contacttimeline.Api;
import org.contacttimeline.PageBrowser;
import org.contacttimeline.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every view of the page must be, measured in headless Chromium: no accessibility violation that axe-core finds,
 * a Cumulative Layout Shift under 0.1 while it loads (from the browser's layout-shift entries), no text under 12 px
 * on a phone, and a network of hundreds of nodes that is drawn and zoomed without a pause.
 */
@ApiTest
class PageQualityBrowserTests {

	private static final String AXE = PageBrowser.resource("/axe/axe.min.js");

	/** The sum of the layout shifts since the page began to load, as Lighthouse counts them (none after input). */
	private static final String LAYOUT_SHIFT = """
			const done = arguments[arguments.length - 1];
			let shift = 0;
			const observer = new PerformanceObserver((list) => list.getEntries()
			  .forEach((entry) => { if (!entry.hadRecentInput) shift += entry.value; }));
			observer.observe({ type: 'layout-shift', buffered: true });
			requestAnimationFrame(() => requestAnimationFrame(() => { observer.disconnect(); done(shift); }));
			""";

	/** Every element showing text, with its size on the screen (an SVG's text as scaled), smaller than 12 px. */
	private static final String SMALL_TEXT = """
			const small = [];
			document.querySelectorAll('body *').forEach((el) => {
			  const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
			  if (!own || !el.getClientRects().length) return;
			  const style = getComputedStyle(el);
			  if (style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden, title, option, datalist')) return;
			  const m = el instanceof SVGElement && el.getScreenCTM();
			  const scale = m ? Math.hypot(m.a, m.b) : 1;
			  const px = parseFloat(style.fontSize) * scale;
			  if (px < 11.99) small.push(el.tagName + ' "' + el.textContent.trim().slice(0, 30) + '" ' + px.toFixed(1) + 'px');
			});
			return small;
			""";

	@RegisterExtension
	static final PageBrowser browser = PageBrowser.window(1280, 900);

	@Autowired
	Api api;

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "/?from=2019-01-01&to=2019-12-31, 1280, timeline, timeline",
			"/?country=KP&country=RU#im-chon-il-igor-morgulov-talks-2019-03-14, 1280, timeline, opened-entry",
			"/?view=chart&group=month&country=KP&country=RU, 1280, chart, chart",
			"/?view=network&from=2019-01-01&to=2019-12-31, 1280, network, network",
			"/?from=2019-03-01&to=2019-03-31, 390, timeline, phone",
			"/?view=chart&country=KP, 390, chart, phone-chart",
			"/?view=network, 390, network, phone-network" })
	void everyViewHasNoAccessibilityViolationAndNoLayoutShift(String path, int width, String view, String name) {
		browser.screen(width, width < 500 ? 844 : 900);
		browser.open(this.api.base() + path, view);

		double shift = ((Number) browser.asyncScript(LAYOUT_SHIFT)).doubleValue();
		assertThat(shift).as("Cumulative Layout Shift of " + name).isLessThan(0.1);
		if (path.contains("#")) {
			browser.find(".entry details[open] .sources").isDisplayed();
		}
		if (width < 500) {
			browser.find("#filters-toggle").click(); // the filters open, so that axe reads them too
		}
		assertThat(axeViolations()).as("axe-core on " + name).isEmpty();
		browser.saveScreenshot(name + ".png");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/?country=KP&country=RU#im-chon-il-igor-morgulov-talks-2019-03-14, timeline",
			"/?view=chart&group=month&from=2019-01-01&to=2019-12-31, chart", "/?view=network, network" })
	void noTextIsSmallerThan12PixelsOnAPhone(String path, String view) {
		browser.screen(390, 844);
		browser.open(this.api.base() + path, view);
		browser.find("#filters-toggle").click();

		assertThat((List<?>) browser.script(SMALL_TEXT)).isEmpty();
	}

	@Test
	void aNetworkOfHundredsOfNodesIsDrawnLabelledAndZoomedByTheWheel() {
		browser.screen(1280, 900);
		browser.open(this.api.base() + "/?view=network", "network");

		// 600 officials of 12 countries in 40 groups, 1,800 links: as large as a year of a busy filter
		@SuppressWarnings("unchecked")
		Map<String, Object> drawn = (Map<String, Object>) browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				import('/js/network.js').then((network) => {
				  const countries = ['KP', 'RU', 'US', 'CN', 'JP', 'KR', 'FR', 'DE', 'GB', 'IN', 'BR', 'ZA'];
				  const nodes = Array.from({ length: 600 }, (_, i) => ({ id: 'official-' + i, label: 'Official number ' + i,
				    country: countries[i % 12], contacts: 1 + (i % 7), degree: 0, weightedDegree: 0, betweenness: 0 }));
				  const edges = [];
				  for (let i = 0; i < 1800; i++) {
				    const a = (i * 7) % 600;
				    const b = (a + 1 + (i * 13) % 15) % 600;
				    edges.push({ source: nodes[a].id, target: nodes[b].id, weight: 1 + i % 3, first: null, last: null });
				    nodes[a].degree++;
				    nodes[b].degree++;
				  }
				  network.drawGraph({ level: 'official', contacts: 900, nodes, edges });
				  const svg = document.getElementById('network');
				  const box = svg.getBoundingClientRect();
				  const before = svg.querySelector('.node').getAttribute('transform');
				  svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, clientX: box.x + box.width / 2,
				    clientY: box.y + box.height / 2, bubbles: true, cancelable: true }));
				  requestAnimationFrame(() => requestAnimationFrame(() => done({ before,
				    after: svg.querySelector('.node').getAttribute('transform'), nodes: svg.querySelectorAll('.node').length })));
				});
				""");

		// what is drawn, not how fast: no timing is asserted on a shared machine
		assertThat(((Number) drawn.get("nodes")).intValue()).isEqualTo(600);
		assertThat(drawn.get("after")).as("a node moved by a wheel step").isNotNull().isNotEqualTo(drawn.get("before"));
		assertThat(browser.driver().findElements(By.cssSelector("#network .node text:not(.unplaced)")))
			.as("labels placed without collisions").isNotEmpty();
	}

	/** The violations axe-core finds in the page as it is, each as "rule (impact): first element". */
	private List<String> axeViolations() {
		browser.script(AXE);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then((result) => done(result.violations.map((v) => ({ id: v.id, impact: v.impact,
				    target: v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary).join(' | ') }))))
				  .catch((error) => done([{ id: 'axe failed', impact: 'n/a', target: String(error) }]));
				""");
		return violations.stream().map((v) -> v.get("id") + " (" + v.get("impact") + "): " + v.get("target")).toList();
	}

}
