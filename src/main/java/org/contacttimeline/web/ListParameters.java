package org.contacttimeline.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * The parameters a list accepts, declared once as {@link ListParameter}s; usually an enum with a constant per list.
 */
public interface ListParameters {

	List<ListParameter<?>> parameters();

	/**
	 * Puts the parameters of a list into the API document of the endpoint it annotates: {@code of} is the enum of
	 * lists, {@code list} the name of the constant.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@interface Documented {

		Class<? extends Enum<? extends ListParameters>> of();

		String list();

	}

}
