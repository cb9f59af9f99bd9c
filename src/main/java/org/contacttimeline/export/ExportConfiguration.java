package org.contacttimeline.export;

import java.time.Duration;

import org.contacttimeline.web.Format;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.FixedContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.accept.ParameterContentNegotiationStrategy;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets lists be read as exports, chosen by {@code Accept} or {@code format=csv|ics|json} ({@code timelinejs} on
 * the timeline is JSON that Jackson writes).
 */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration implements WebMvcConfigurer {

	private final ExportBound bound;

	ExportConfiguration(@Value("${timeline.limits.export-time:2m}") Duration time, JdbcClient jdbc,
			javax.sql.DataSource dataSource) {
		this.bound = new ExportBound(time, jdbc, dataSource);
	}

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
		// with no format and no Accept (or */*), JSON: exports are only ever asked for by name
		java.util.Map<String, MediaType> formats = new java.util.LinkedHashMap<>();
		for (Format format : Format.values()) {
			negotiation.mediaType(format.parameterValue(), format.mediaType());
			formats.put(format.parameterValue(), format.mediaType());
		}
		// an unknown format= is no preference here: the list refuses it itself, with a problem that names it; an Accept
		// header that cannot be parsed is no preference either, so that the problem saying so still has a body (Spring
		// otherwise answers an error with an unparsable Accept without one)
		ParameterContentNegotiationStrategy parameter = new ParameterContentNegotiationStrategy(formats);
		parameter.setParameterName("format");
		negotiation.strategies(java.util.List.of(lenient(parameter), lenient(new HeaderContentNegotiationStrategy()),
				new FixedContentNegotiationStrategy(MediaType.APPLICATION_JSON)));
	}

	/** The media types a strategy resolves, or none preferred when it cannot resolve them. */
	private static ContentNegotiationStrategy lenient(ContentNegotiationStrategy strategy) {
		return (request) -> {
			try {
				return strategy.resolveMediaTypes(request);
			}
			catch (HttpMediaTypeNotAcceptableException ex) {
				return ContentNegotiationStrategy.MEDIA_TYPE_ALL_LIST;
			}
		};
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
		// after the JSON converter, so that a request that accepts anything gets JSON
		converters.configureMessageConvertersList((list) -> {
			list.add(new CsvExport(this.bound));
			list.add(new IcsExport(this.bound));
		});
	}

}
