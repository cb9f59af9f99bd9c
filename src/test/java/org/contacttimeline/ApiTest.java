package org.contacttimeline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A test that speaks HTTP to the whole application on a random port, backed by the real embedded PostgreSQL with a
 * throwaway data folder. Every such test shares one context, so the database starts once per test JVM. An account
 * name is locked after 20 failed logins in a row (5 in the service's default).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "timeline.embedded-db.ephemeral=true", "timeline.embedded-db.data-dir=target/test-pgdata",
				"logging.level.root=warn", "logging.level.org.contacttimeline=info",
				"timeline.security.editor.username=editor", "timeline.security.editor.password=editor-password",
				"timeline.security.management.username=ops", "timeline.security.management.password=ops-password",

				// tests across the suite send wrong passwords for 'editor' on purpose; they must not lock it for the rest
				"timeline.security.login.max-failures=20" })
@Import({ Api.class, StatementCounter.class, Seed.class })
public @interface ApiTest {

}
