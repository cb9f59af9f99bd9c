package org.contacttimeline.linkeddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON objects in the order their keys are given, leaving out keys whose value is {@code null} or an empty list.
 */
final class Nodes {

	private Nodes() {
	}

	static Map<String, Object> of(Object... keysAndValues) {
		Map<String, Object> node = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
				node.put((String) keysAndValues[i], value);
			}
		}
		return node;
	}

}
