package org.contacttimeline.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class PrintProposals {

	public static void main(String[] args) throws Exception {
		String text = Files.readString(Path.of(args[0]));
		var proposals = new ArticleReader(new SeedNames()).read(text, LocalDate.parse(args[1]));
		ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
		for (Proposal p : proposals) {
			System.out.println(p.type() + " | " + p.title() + " | " + p.date().startDate() + ".." + p.date().endDate() + " "
					+ p.date().precision() + " | " + p.countries().stream().map(Proposal.Side::code).toList() + " | "
					+ p.participants().stream().map((x) -> x.name() + (x.official() != null ? "*" : "") + "[" + x.role() + "]").toList()
					+ " | " + p.unnamedParties().stream().map(Proposal.UnnamedParty::description).toList() + " | "
					+ (p.place() != null ? p.place().city() + "/" + p.place().venue() : null) + " | " + p.kind().code() + " | "
					+ p.status().value() + " | " + p.reportedBy().stream().map(Proposal.Reporter::name).toList() + " | visit=" + p.visit());
			for (String q : p.allQuotes()) {
				if (!text.contains(q)) {
					System.out.println("   NOT VERBATIM: " + q);
				}
			}
		}
		if (args.length > 2) {
			System.out.println(json.writeValueAsString(proposals));
		}
	}

}
