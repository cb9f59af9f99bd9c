package org.contacttimeline.revision;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the name of the authenticated editor, or {@code system} for writes no one made
 * through the API (migrations do not pass through here).
 */
class EditorRevisionListener implements RevisionListener {

	@Override
	public void newRevision(Object revision) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		((Revision) revision).madeBy(authentication != null && authentication.isAuthenticated()
				? authentication.getName() : "system");
	}

}
