/**
 * Backups: the whole database (contacts, sources, revision history, editor accounts) written to one file in a
 * consistent snapshot and loaded again into an empty database.
 */
package org.contacttimeline.backup;
