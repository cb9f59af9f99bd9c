/**
 * The embedded PostgreSQL that serves the default run when no external datasource is configured.
 */
package org.contacttimeline.db;
