/**
 * Delegations one country sends to another: their members, the dates sources report, and their citations.
 */
package org.contacttimeline.delegation;
