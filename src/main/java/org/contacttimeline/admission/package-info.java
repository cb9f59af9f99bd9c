/**
 * The cap on expensive requests (whole exports, text searches, analyses): at most a few at once, the rest queued
 * briefly or turned away with 503, so that cheap requests keep their connections and their latency.
 */
package org.contacttimeline.admission;
