package org.contacttimeline.official;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Creates officials other modules propose (a person an accepted article names whom the timeline does not know), by
 * the write path an editor's POST takes, with its revision recorded; runs in the caller's transaction.
 */
@Component
public class OfficialProposals {

	private final OfficialEditor editor;

	OfficialProposals(OfficialEditor editor) {
		this.editor = editor;
	}

	/**
	 * Creates an official with a name and a country, and the spelling a source gave as an alias when it differs
	 * (the full name for a surname alone is not), and returns the new slug.
	 */
	public String create(String name, String country, List<Official.NewAlias> aliases) {
		return this.editor.create(new OfficialRequest(null, name, null, null, country, null, null, List.of(),
				aliases.stream().map((a) -> new OfficialRequest.AliasRequest(a.name(), a.source())).toList(), null));
	}

}
