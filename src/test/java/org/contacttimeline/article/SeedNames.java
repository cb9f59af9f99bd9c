package org.contacttimeline.article;

import java.util.List;
import java.util.Map;

/** The seed's officials and organizations, as {@link Names} finds them, for reading articles without a database. */
final class SeedNames implements Names {

	private static final Map<String, Known> OFFICIALS = Map.ofEntries(
			Map.entry("im chon-il", new Known("im-chon-il", "Im Chon-il", "KP", "name")),
			Map.entry("rim chon-il", new Known("im-chon-il", "Im Chon-il", "KP", "variant")),
			Map.entry("kim yong-jae", new Known("kim-yong-jae", "Kim Yong-jae", "KP", "name")),
			Map.entry("han man-hyok", new Known("han-man-hyok", "Han Man-hyok", "KP", "name")),
			Map.entry("kim jong-un", new Known("kim-jong-un", "Kim Jong-un", "KP", "name")),
			Map.entry("kim il-sung", new Known("kim-il-sung", "Kim Il-sung", "KP", "name")),
			Map.entry("igor morgulov", new Known("igor-morgulov", "Igor Morgulov", "RU", "name")),
			Map.entry("alexander kozlov", new Known("alexander-kozlov", "Alexander Kozlov", "RU", "name")),
			Map.entry("sergei kislyak", new Known("sergei-kislyak", "Sergei Kislyak", "RU", "name")),
			Map.entry("oleg melnichenko", new Known("oleg-melnichenko", "Oleg Melnichenko", "RU", "name")),
			Map.entry("vladimir putin", new Known("vladimir-putin", "Vladimir Putin", "RU", "name")),
			Map.entry("donald trump", new Known("donald-trump", "Donald Trump", "US", "name")));

	@Override
	public Known official(String written, String country) {
		return OFFICIALS.get(written.toLowerCase(java.util.Locale.ROOT));
	}

	@Override
	public List<Known> suggestions(String written) {
		return List.of();
	}

	@Override
	public Body organization(String written, String country) {
		if (written.contains("TASS")) {
			return new Body("tass", "TASS");
		}
		if (written.contains("Yonhap")) {
			return new Body("yonhap", "Yonhap News Agency");
		}
		if (written.contains("Russia's foreign ministry")) {
			return new Body("ru-ministry-of-foreign-affairs", "Ministry of Foreign Affairs of Russia");
		}
		return null;
	}

}
