/**
 * Exports of meeting and timeline lists in the formats people use: CSV, iCalendar and TimelineJS.
 */
package org.contacttimeline.export;
