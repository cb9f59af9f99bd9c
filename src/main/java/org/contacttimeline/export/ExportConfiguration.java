package org.contacttimeline.export;

import org.contacttimeline.web.Format;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets lists be read as exports, chosen by {@code Accept} or {@code format=csv|ics|json} ({@code timelinejs} on
 * the timeline is JSON that Jackson writes).
 */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration implements WebMvcConfigurer {

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
		// with no format and no Accept (or */*), JSON: exports are only ever asked for by name
		negotiation.favorParameter(true).parameterName("format").defaultContentType(MediaType.APPLICATION_JSON);
		for (Format format : Format.values()) {
			negotiation.mediaType(format.parameterValue(), format.mediaType());
		}
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
		// after the JSON converter, so that a request that accepts anything gets JSON
		converters.configureMessageConvertersList((list) -> {
			list.add(new CsvExport());
			list.add(new IcsExport());
		});
	}

}
