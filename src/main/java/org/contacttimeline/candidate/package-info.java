/**
 * Candidate contacts from machine-coded event data (GDELT 2.0 events exports, POLECAT/PLOVER JSON lines): imported as
 * candidates, deduplicated into groups, attached to the meetings they corroborate, and reviewed by editors.
 */
package org.contacttimeline.candidate;
