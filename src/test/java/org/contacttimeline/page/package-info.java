/**
 * The page at {@code /} driven in Debian's headless Chromium: an analyst's journeys through the timeline, the time
 * overview, the chart and the network, and the quality gates every view must pass (axe-core, layout shift, text size).
 */
package org.contacttimeline.page;
