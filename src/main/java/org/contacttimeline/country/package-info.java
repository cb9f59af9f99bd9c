/**
 * Countries (ISO 3166-1, and SU for the Soviet Union), the codes users type for them, and Wikidata items, by which
 * countries, officials and organizations join other people's data.
 */
package org.contacttimeline.country;
