package org.contacttimeline.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The formats a list can be read in: JSON pages, or exports of the same filters (GraphML and GEXF: the contact
 * network, for Gephi). Chosen by {@code format=} (for
 * links in a browser) or by naming the media type in {@code Accept}.
 */
public enum Format {

	JSON(MediaType.APPLICATION_JSON), CSV(MediaType.parseMediaType("text/csv")),
	ICS(MediaType.parseMediaType("text/calendar")), TIMELINEJS(MediaType.parseMediaType("application/vnd.timelinejs+json")),
	JSONLD(MediaType.parseMediaType("application/ld+json")), GRAPHML(MediaType.parseMediaType("application/graphml+xml")),
	GEXF(MediaType.parseMediaType("application/gexf+xml")), ATOM(MediaType.APPLICATION_ATOM_XML);

	private final MediaType mediaType;

	Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	public MediaType mediaType() {
		return this.mediaType;
	}

	public String parameterValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The export type named explicitly in an {@code Accept} header (a wildcard is not a request for an export), or
	 * JSON.
	 * @throws InvalidRequestException if the header is not a list of media types
	 */
	public static Format requested(String accept) {
		if (accept == null) {
			return JSON;
		}
		List<MediaType> requestedTypes;
		try {
			requestedTypes = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			throw new InvalidRequestException("Accept", "is not a list of media types; accepted: e.g. application/json, text/csv, text/calendar", accept);
		}
		for (MediaType requested : requestedTypes) {
			for (Format candidate : values()) {
				if (candidate != JSON && candidate.mediaType.equalsTypeAndSubtype(requested)) {
					return candidate;
				}
			}
			if (requested.isCompatibleWith(MediaType.APPLICATION_JSON) && !requested.isWildcardType()) {
				return JSON;
			}
		}
		return JSON;
	}

}
