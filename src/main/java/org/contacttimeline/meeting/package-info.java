/**
 * Meetings between officials of different countries: who took part, where, when, and the sources for it.
 */
package org.contacttimeline.meeting;
