package org.contacttimeline.candidate;

import org.contacttimeline.web.RequestSizeLimit.BodyLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Files of events are larger than any other request: they may be up to {@code timeline.imports.max-size} (default
 * 2 GB; the multipart limits in application.properties follow it).
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	@Bean
	BodyLimit importSize(@Value("${timeline.imports.max-size:2GB}") DataSize size) {
		return new BodyLimit(ImportController.PATH, size.toBytes());
	}

}
