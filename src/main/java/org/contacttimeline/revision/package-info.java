/**
 * Revision history: every write is kept (Hibernate Envers) with who made it and when.
 */
package org.contacttimeline.revision;
