/**
 * The database as every module reads it: the data version every write moves on, the text search over the search
 * documents; and the embedded PostgreSQL that serves the default run (started again when it dies), the statement
 * timeout of pooled sessions, database metrics.
 */
package org.contacttimeline.db;
