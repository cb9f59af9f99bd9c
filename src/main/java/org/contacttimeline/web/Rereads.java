package org.contacttimeline.web;

import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A read that a filter can make again from its start, elsewhere (on the primary, when the replica it read from went
 * away): the filter offers it on the request before the controller runs, and the problem advice, before it answers a
 * lost connection with a 503, asks; when the offer is taken, the failure goes on up to the filter, which reads again,
 * and the client sees only the second answer.
 */
public final class Rereads {

	private static final String ATTRIBUTE = Rereads.class.getName();

	private Rereads() {
	}

	/**
	 * Offers to read the request again: {@code reread} says, for a failure, whether it will (and prepares for it: the
	 * next read goes elsewhere); it is asked at most once for a failure it accepts.
	 */
	public static void offer(HttpServletRequest request, Predicate<Throwable> reread) {
		request.setAttribute(ATTRIBUTE, reread);
	}

	public static void withdraw(HttpServletRequest request) {
		request.removeAttribute(ATTRIBUTE);
	}

	/** Whether the failure is left to the filter that offered to read again (which then will). */
	@SuppressWarnings("unchecked")
	static boolean taken(HttpServletRequest request, Throwable failure) {
		return request.getAttribute(ATTRIBUTE) instanceof Predicate<?> reread && ((Predicate<Throwable>) reread).test(failure);
	}

}
