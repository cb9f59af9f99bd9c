/**
 * Linked open data: the timeline as JSON-LD (schema.org Event, Person, Place) and Popolo JSON (persons,
 * organizations, memberships, events), read through the timeline and official queries.
 */
package org.contacttimeline.linkeddata;
