package org.contacttimeline.apidoc;

import java.util.Map;

/**
 * What each operation answers, for the operations whose handler does not say it at length itself: one place to read
 * and keep them, in the words a client author needs (what comes back, in what order, when it fails).
 */
final class OperationDescriptions {

	private static final String ONE = " Answers 404 when no such slug exists; the ETag is its version, for If-None-Match and for If-Match on a write.";

	private static final String PAGE = " A page holds up to limit items (default 50); next is the cursor of the following page, null on the last, and Link says the same.";

	private static final String REPLACE = " The body is the whole resource, as GET answers it (read-only parts such as names and labels are accepted and ignored). If-Match must name the version read: 428 without it, 412 when it is no longer current. Answers the resource as stored, with its new ETag.";

	private static final String DELETE = " If-Match must name the version read (428 without it, 412 when stale). Answers 204; the revisions stay readable.";

	private static final String CREATE = " Answers 201 with the resource as stored, Location naming it and ETag \"0\"; 409 when the slug is taken, 422 naming each field that breaks a rule.";

	private static final String REVISIONS = " Each revision has its number, when it was made, the editor, created/updated/deleted, and the state after it (null after a deletion).";

	static final Map<String, String> BY_OPERATION = Map.ofEntries(
			Map.entry("getSource", "One source (a publication facts are cited from), with the first 50 facts that cite it; moreCitations links the rest." + ONE),
			Map.entry("replaceSource", "Replaces a source." + REPLACE),
			Map.entry("deleteSource", "Deletes a source no fact cites any longer (409 while one does)." + DELETE),
			Map.entry("getOfficial", "One official: names and aliases, Wikidata item, positions over time with their sources, and the first meetings with the role held in each." + ONE),
			Map.entry("replaceOfficial", "Replaces an official." + REPLACE),
			Map.entry("deleteOfficial", "Deletes an official no contact refers to (409 while one does)." + DELETE),
			Map.entry("getMeeting", "One meeting: who met whom in what role, where, when and how precisely, its kind, and the sources with their quotes." + ONE),
			Map.entry("replaceMeeting", "Replaces a meeting." + REPLACE),
			Map.entry("deleteMeeting", "Deletes a meeting." + DELETE),
			Map.entry("getDelegation", "One delegation visit: sending and host country, head and members, every date a source reported, and the first meetings held during it." + ONE),
			Map.entry("replaceDelegation", "Replaces a delegation visit." + REPLACE),
			Map.entry("deleteDelegation", "Deletes a delegation visit." + DELETE),
			Map.entry("listSources", "Sources by slug, optionally those whose publisher, headline or author contain q." + PAGE),
			Map.entry("createSource", "Adds a source that facts can then cite by its slug." + CREATE),
			Map.entry("listOfficials", "Officials by slug, filtered by country, by words of their names and aliases (q, with didYouMean suggestions when nothing matches) or by Wikidata item." + PAGE),
			Map.entry("createOfficial", "Adds an official, with positions and aliases." + CREATE),
			Map.entry("listMeetings", "Meetings that match every filter given (a day or a range, countries, a pair, an official, a delegation, a kind, a status), by start date with undated ones last. format (or Accept) csv or ics answers the whole selection as a file instead of a JSON page." + PAGE),
			Map.entry("createMeeting", "Adds a meeting citing at least one source with the quote that supports it; kind is a CAMEO code or {\"code\": ...}, a participant an official's slug, a role from the official's position when not given." + CREATE),
			Map.entry("listDelegations", "Delegation visits that match every filter given, by start date with undated ones last. format (or Accept) csv or ics answers a file instead of a JSON page." + PAGE),
			Map.entry("createDelegation", "Adds a delegation visit citing at least one source." + CREATE),
			Map.entry("rejectCandidate", "Rejects a candidate group with the reason; it stays in the queue as rejected and is not proposed again. 409 when it was already accepted or rejected."),
			Map.entry("acceptCandidate", "Accepts a candidate group: the meeting (or delegation visit) it proposes is created, cited on its source. Answers the group with the contact it became; 409 when it was already decided."),
			Map.entry("postArticle", "Reads an article's text (text/plain, with publisher and publishedOn) for the contacts it reports and proposes each, field by field with its quote, as candidate groups. Answers 201 with the article and its proposals, or 200 with the earlier one when the same text was posted before."),
			Map.entry("listSourceRevisions", "Every change of a source, newest first." + REVISIONS),
			Map.entry("listSourceCitations", "Every fact (meeting, delegation visit, position) that cites a source, in the order they were recorded, with the claim each makes." + PAGE),
			Map.entry("listOrganizations", "Organizations by slug: ministries, legislatures, parties, news agencies; where positions are held and whom a source relays (accordingTo)." + PAGE),
			Map.entry("getOrganization", "One organization, with its country, kind and Wikidata item." + ONE),
			Map.entry("listOfficialRevisions", "Every change of an official, newest first." + REVISIONS),
			Map.entry("listMeetingRevisions", "Every change of a meeting, newest first, also after its deletion." + REVISIONS),
			Map.entry("getImport", "One import of an event file, with its report: lines read, events kept, groups created or joined, unmapped country codes and the first malformed lines. 404 for an unknown id."),
			Map.entry("listDelegationRevisions", "Every change of a delegation visit, newest first." + REVISIONS),
			Map.entry("listCountries", "Every country the service knows, by name: alpha-2 and alpha-3 codes (SU for the Soviet Union) and the Wikidata item where recorded. Not paged: it takes no limit."),
			Map.entry("listCandidates", "Candidate groups for an editor to review, newest first, then most mentioned; proposed ones unless state asks for others." + PAGE),
			Map.entry("getCandidate", "One candidate group with its events, most mentioned first, and the decision on it, if any. 404 for an unknown id."),
			Map.entry("getArticle", "One posted article with its proposals and where each stands in review. 404 for an unknown id."));

	private OperationDescriptions() {
	}

}
