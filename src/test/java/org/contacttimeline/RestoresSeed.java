package org.contacttimeline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * An {@link ApiTest} whose tests write: after each, the shared test database is put back to the seed ({@link Seed}),
 * so that every test class sees the seed whatever ran before it. With {@link #withoutArticles()} the articles posted
 * and the proposals they made go too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RestoresSeed.AfterEach.class)
public @interface RestoresSeed {

	/** Whether the articles posted, and the proposals they made, are removed as well ({@link Seed#restoreWithoutArticles()}). */
	boolean withoutArticles() default false;

	/** Restores the seed after each test, through the test's own application context. */
	class AfterEach implements AfterEachCallback {

		@Override
		public void afterEach(ExtensionContext context) {
			Seed seed = SpringExtension.getApplicationContext(context).getBean(Seed.class);
			boolean withoutArticles = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RestoresSeed.class)
				.map(RestoresSeed::withoutArticles)
				.orElse(false);
			if (withoutArticles) {
				seed.restoreWithoutArticles();
			}
			else {
				seed.restore();
			}
		}

	}

}
