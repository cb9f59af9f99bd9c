package org.contacttimeline.analytics;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.contacttimeline.analytics.AnalyticsList.Split;
import org.contacttimeline.contact.MeetingKinds;
import org.contacttimeline.contact.MeetingResponse;
import org.contacttimeline.country.Countries;
import org.contacttimeline.country.CountryResponse;

import org.springframework.stereotype.Component;

/** What a reader calls the keys of a split: a kind's label, a country's name, a pair's two names. */
@Component
class Labels {

	private final MeetingKinds kinds;

	private final Countries countries;

	Labels(MeetingKinds kinds, Countries countries) {
		this.kinds = kinds;
		this.countries = countries;
	}

	UnaryOperator<String> of(Split by) {
		if (by == null) {
			return UnaryOperator.identity();
		}
		return switch (by) {
			case KIND -> {
				Map<String, String> labels = this.kinds.all()
					.stream()
					.collect(Collectors.toMap(MeetingResponse.Kind::code, MeetingResponse.Kind::label));
				yield (key) -> "delegation".equals(key) ? "Delegation visit" : labels.getOrDefault(key, key);
			}
			case STATUS -> Stats::capitalized;
			case COUNTRY, HOST -> (key) -> "none".equals(key) ? "No place recorded" : country(key);
			case PAIR -> (key) -> {
				int dash = key.indexOf('-');
				return (dash < 0) ? key : country(key.substring(0, dash)) + " \u2013 " + country(key.substring(dash + 1));
			};
		};
	}

	String country(String code) {
		return this.countries.all()
			.stream()
			.filter((c) -> c.code().equals(code))
			.map(CountryResponse::name)
			.findFirst()
			.orElse(code);
	}

}
