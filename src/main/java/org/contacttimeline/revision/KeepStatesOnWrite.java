package org.contacttimeline.revision;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.stereotype.Component;

/**
 * Keeps the states of a revision's changes in the transaction that writes them, right after Envers wrote the
 * revision: a write that rolls back leaves no state, a committed change is in the feed with its state kept.
 * <p>
 * Envers writes a revision when the transaction is about to complete, in a step it queues at the first change of the
 * transaction; this listener, appended after Envers' own, queues its step behind it.
 */
@Component
class KeepStatesOnWrite implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private static final int BATCH = 500;

	private final ChangeStates states;

	private final Map<Transaction, Boolean> queued = new ConcurrentHashMap<>();

	KeepStatesOnWrite(EntityManagerFactory entityManagers, ChangeStates states) {
		this.states = states;
		EventListenerRegistry listeners = entityManagers.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		listeners.appendListeners(EventType.POST_INSERT, this);
		listeners.appendListeners(EventType.POST_UPDATE, this);
		listeners.appendListeners(EventType.POST_DELETE, this);
		listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
		listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
		listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
	}

	private void changed(SharedSessionContractImplementor session) {
		if (!(session instanceof SessionImplementor)) {
			return; // Envers keeps no history of a stateless session's writes
		}
		Transaction transaction = session.accessTransaction();
		if (this.queued.putIfAbsent(transaction, Boolean.TRUE) == null) {
			TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
			callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) this::keep);
			callbacks.registerCallback(
					(TransactionCompletionCallbacks.AfterCompletionCallback) (success, ended) -> this.queued.remove(transaction));
		}
	}

	private void keep(SharedSessionContractImplementor session) {
		SessionImplementor writer = (SessionImplementor) session;
		// the revision Envers just wrote; a transaction that changed nothing audited has none (an unsaved one, id 0)
		long revision = AuditReaderFactory.get(writer).getCurrentRevision(Revision.class, false).getId();
		if (revision == 0) {
			return;
		}
		ChangeCursor next = null;
		do {
			next = this.states.keep(writer, revision - 1, next, BATCH);
		}
		while (next != null);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		changed(event.getSession());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		changed(event.getSession());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		changed(event.getSession());
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		changed(event.getSession());
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		changed(event.getSession());
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		changed(event.getSession());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

}
