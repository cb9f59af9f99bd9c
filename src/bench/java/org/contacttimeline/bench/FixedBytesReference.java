package org.contacttimeline.bench;

import org.contacttimeline.web.InvalidRequestException;

import java.util.Arrays;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the benchmark only ({@code timeline.bench.reference=true}, off by default): {@code GET /bench/bytes/{size}}
 * answers that many fixed bytes as JSON, through the same server, filters and converters as the API but without
 * reading anything, so that the benchmark can compare a cached read with the fastest answer of its size this service
 * can give on the same machine.
 */
@RestController
@ConditionalOnBooleanProperty("timeline.bench.reference")
class FixedBytesReference {

	private static final int MAX = 16 * 1024 * 1024;

	private final java.util.Map<Integer, byte[]> bodies = new java.util.concurrent.ConcurrentHashMap<>();

	@GetMapping(path = "/bench/bytes/{size}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> bytes(@PathVariable int size) {
		if (size < 2 || size > MAX) {
			throw new InvalidRequestException("size", "must be from 2 to " + MAX, String.valueOf(size));
		}
		return ResponseEntity.ok().body(this.bodies.computeIfAbsent(size, (n) -> {
			byte[] body = new byte[n];
			Arrays.fill(body, (byte) ' ');
			body[0] = '[';
			body[n - 1] = ']';
			return body;
		}));
	}

}
