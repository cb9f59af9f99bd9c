package org.contacttimeline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * An {@link ApiTest} whose tests write: after each, the shared test database is put back to the seed ({@link Seed}),
 * so that every test class sees the seed whatever ran before it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RestoresSeed.AfterEach.class)
public @interface RestoresSeed {

	/** Restores the seed after each test, through the test's own application context. */
	class AfterEach implements AfterEachCallback {

		@Override
		public void afterEach(ExtensionContext context) {
			SpringExtension.getApplicationContext(context).getBean(Seed.class).restore();
		}

	}

}
