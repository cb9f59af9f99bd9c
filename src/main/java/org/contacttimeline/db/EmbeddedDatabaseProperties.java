package org.contacttimeline.db;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when {@code spring.datasource.url} is not set.
 *
 * @param dataDir where the database keeps its files; kept across restarts unless {@code ephemeral}
 * @param ephemeral wipe the data folder at start and at shutdown (tests)
 * @param port the port to listen on; 0 picks a free one
 * @param supervised start the server again on the same data folder when it dies
 * @param checkInterval how often the supervisor looks whether the server still runs
 * @param restartTimeout how long the supervisor tries to start it again before liveness turns DOWN (it keeps
 * trying after that, and liveness is UP again once it is back)
 */
@ConfigurationProperties("timeline.embedded-db")
record EmbeddedDatabaseProperties(@DefaultValue("var/pgdata") Path dataDir, @DefaultValue("false") boolean ephemeral,
		@DefaultValue("0") int port, @DefaultValue("true") boolean supervised,
		@DefaultValue("250ms") Duration checkInterval, @DefaultValue("60s") Duration restartTimeout) {
}
