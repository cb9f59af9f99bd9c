/**
 * The embedded PostgreSQL that serves the default run when no external datasource is configured, started again when
 * it dies; the statement timeout of pooled sessions; database metrics.
 */
package org.contacttimeline.db;
