package org.contacttimeline.cache;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The answers to reads, each kept under the data version it was made at and the request it answers, bounded by the
 * bytes they take. An answer made at an older version is never looked up again (a read asks with the version it just
 * read); when a newer version shows up, the older answers are dropped at once so that they make room.
 */
final class AnswerCache {

	private final Cache<Key, Answer> answers;

	private final AtomicLong newest = new AtomicLong();

	AnswerCache(long maxBytes) {
		this.answers = Caffeine.newBuilder().maximumWeight(maxBytes).weigher((Key key, Answer answer) -> answer.weight(key)).build();
	}

	/** The answer to {@code request} made at {@code version}, or {@code null}. */
	Answer find(long version, String request) {
		seen(version);
		return this.answers.getIfPresent(new Key(version, request));
	}

	/**
	 * Whether an answer to {@code request} is kept at the newest version seen: whether reading the version first is
	 * likely to be all that answering it takes.
	 */
	boolean holds(String request) {
		return this.answers.getIfPresent(new Key(this.newest.get(), request)) != null;
	}

	void keep(long version, String request, Answer answer) {
		seen(version);
		this.answers.put(new Key(version, request), answer);
	}

	long size() {
		this.answers.cleanUp();
		return this.answers.estimatedSize();
	}

	private void seen(long version) {
		long before = this.newest.getAndAccumulate(version, Math::max);
		if (version > before && before != 0) {
			this.answers.asMap().keySet().removeIf((key) -> key.version() < version);
		}
	}

	record Key(long version, String request) {
	}

	/**
	 * A 200 answer as it was sent: the headers that belong to it (type, disposition, links, ETag) and its body.
	 */
	record Answer(String etag, List<Map.Entry<String, String>> headers, byte[] body) {

		int weight(Key key) {
			int headers = this.headers.stream().mapToInt((h) -> h.getKey().length() + h.getValue().length() + 32).sum();
			return this.body.length + 2 * key.request().length() + headers + 128;
		}

	}

}
