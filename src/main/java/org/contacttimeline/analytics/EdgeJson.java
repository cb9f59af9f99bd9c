package org.contacttimeline.analytics;

import java.time.LocalDate;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

import org.springframework.boot.jackson.JacksonComponent;

/**
 * A network's edge written field by field: the world's network of all years has 31,000 of them (2.6 MB), and
 * Jackson's writing of a record, property by property through its accessors, with a date written by its formatter,
 * took a third of that answer's time, a fifth of it formatting the same few days again and again. The fields, their order and their values are those of {@link NetworkResponse.Edge}.
 */
@JacksonComponent
class EdgeJson extends ValueSerializer<NetworkResponse.Edge> {

	private static final SerializableString SOURCE = new SerializedString("source");

	private static final SerializableString TARGET = new SerializedString("target");

	private static final SerializableString WEIGHT = new SerializedString("weight");

	private static final SerializableString FIRST = new SerializedString("first");

	private static final SerializableString LAST = new SerializedString("last");

	@Override
	public void serialize(NetworkResponse.Edge edge, JsonGenerator json, SerializationContext context) {
		json.writeStartObject(edge);
		json.writeName(SOURCE);
		json.writeString(edge.source());
		json.writeName(TARGET);
		json.writeString(edge.target());
		json.writeName(WEIGHT);
		json.writeNumber(edge.weight());
		day(json, FIRST, edge.first());
		day(json, LAST, edge.last());
		json.writeEndObject();
	}

	/** The days last written, each in its slot ({@code epoch day mod 4,096}); a slot read or written by any thread. */
	private final Day[] days = new Day[1 << 12];

	private record Day(long epochDay, SerializableString text) {
	}

	private void day(JsonGenerator json, SerializableString name, LocalDate day) {
		json.writeName(name);
		if (day == null) {
			json.writeNull();
			return;
		}
		// an edge's days are few (the first days of months, from the rollup) and written thousands of times: each
		// is formatted and encoded once
		long epochDay = day.toEpochDay();
		int slot = (int) (epochDay & (this.days.length - 1));
		Day known = this.days[slot];
		if (known == null || known.epochDay() != epochDay) {
			known = new Day(epochDay, new SerializedString(day.toString()));
			this.days[slot] = known;
		}
		json.writeString(known.text());
	}

}
