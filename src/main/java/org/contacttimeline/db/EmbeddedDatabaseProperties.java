package org.contacttimeline.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when {@code spring.datasource.url} is not set.
 *
 * @param dataDir where the database keeps its files; kept across restarts unless {@code ephemeral}
 * @param ephemeral wipe the data folder at start and at shutdown (tests)
 * @param port the port to listen on; 0 picks a free one
 */
@ConfigurationProperties("timeline.embedded-db")
record EmbeddedDatabaseProperties(@DefaultValue("var/pgdata") Path dataDir, @DefaultValue("false") boolean ephemeral,
		@DefaultValue("0") int port) {
}
