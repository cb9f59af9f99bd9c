package org.contacttimeline.security;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.contacttimeline.Api;
import org.contacttimeline.ApiTest;
import org.contacttimeline.RestoresSeed;
import org.contacttimeline.Seed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several editors, each with an account of their own added from the command line: each write's revision names
 * who made it, a disabled account cannot write, a reset password replaces the old one, and a name whose password
 * was guessed wrong too often is locked for a while.
 */
@ApiTest
@RestoresSeed
class EditorAccountsTests {

	@Autowired
	Api api;

	@Autowired
	EditorsCommand command;

	@Autowired
	UserDetailsService editors;

	@Autowired
	EditorAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void eachEditorsWritesAreSignedWithTheirOwnNameInTheRevisionHistory() {
		String alice = name("alice");
		String bob = name("bob");
		assertThat(editors(null, "Alice's long password\n", "add", alice)).isZero();
		assertThat(editors("bob-has-another-password", "", "add", bob)).isZero();

		Api.Response created = this.api.write("POST", "/api/v1/meetings", meeting("first"),
				Api.basic(alice, "Alice's long password"), null);
		Api.Response replaced = this.api.write("PUT", "/api/v1/meetings/" + slug(), meeting("second"),
				Api.basic(bob, "bob-has-another-password"), created.header("ETag"));
		Api.Response byTheConfiguredEditor = this.api.write("PUT", "/api/v1/meetings/" + slug(), meeting("third"),
				Api.EDITOR, replaced.header("ETag"));

		assertThat(List.of(created.status(), replaced.status(), byTheConfiguredEditor.status())).containsExactly(201, 200, 200);
		assertThat(this.api.get("/api/v1/meetings/" + slug() + "/revisions").<List<String>>json("$.items[*].editor"))
			.containsExactly("editor", bob, alice);
	}

	@Test
	void passwordsAreStoredOnlyAsHashes() {
		String carol = name("carol");

		editors("carol-password-in-clear", "", "add", carol);

		String stored = this.jdbc.sql("select password_hash from editor_account where name = ?").param(carol)
			.query(String.class).single();
		assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("carol-password-in-clear");
	}

	@Test
	void aDisabledAccountCannotWriteAndAResetPasswordReplacesTheOldOne() {
		String dave = name("dave");
		editors("dave-first-password", "", "add", dave);

		assertThat(editors(null, "", "disable", dave)).isZero();
		Api.Response whileDisabled = this.api.write("POST", "/api/v1/meetings", meeting("x"), Api.basic(dave, "dave-first-password"), null);
		assertThat(editors("dave-second-password", "", "reset", dave)).isZero();
		Api.Response withTheOldPassword = this.api.write("POST", "/api/v1/meetings", meeting("x"), Api.basic(dave, "dave-first-password"), null);
		Api.Response withTheNewPassword = this.api.write("POST", "/api/v1/meetings", meeting("x"), Api.basic(dave, "dave-second-password"), null);

		assertThat(whileDisabled.status()).isEqualTo(401);
		assertThat(whileDisabled.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(withTheOldPassword.status()).isEqualTo(401);
		assertThat(withTheNewPassword.status()).isEqualTo(201);
	}

	@Test
	void theCommandRefusesWhatItCannotDoAndSaysWhy() {
		String erin = name("erin");
		editors("erin-good-password", "", "add", erin);

		assertThat(editors("other-long-password", "", "add", erin.toUpperCase())).isEqualTo(73);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("exists already", "editors reset");
		assertThat(editors("short", "", "add", name("frank"))).isEqualTo(65);
		assertThat(editors(null, "", "add", name("frank"))).isEqualTo(65);
		assertThat(editors("long-enough-password", "", "add", "no spaces")).isEqualTo(65);
		assertThat(editors("long-enough-password", "", "reset", name("nobody"))).isEqualTo(67);
		assertThat(editors(null, "", "disable", name("nobody"))).isEqualTo(67);
		assertThat(editors(null, "", "remove", erin)).isEqualTo(64);
		assertThat(editors(null, "", "add")).isEqualTo(64);
		assertThat(this.jdbc.sql("select count(*) from editor_account where name like 'frank-%' or name = 'no spaces'")
			.query(Integer.class).single()).isZero();
		this.out.reset();
		assertThat(editors(null, "", "list")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains(erin + "\tenabled");
	}

	@Test
	void anAccountIsLockedForAWhileAfterRepeatedFailedLogins(
			@Value("${timeline.security.login.max-failures}") int maxFailures) {
		String grace = name("grace");
		String heidi = name("heidi");
		editors("grace-right-password", "", "add", grace);
		editors("heidi-right-password", "", "add", heidi);

		for (int i = 0; i < maxFailures; i++) {
			assertThat(this.api.write("POST", "/api/v1/meetings", meeting("x"), Api.basic(grace, "wrong-" + i), null)
				.status()).isEqualTo(401);
		}
		Api.Response locked = this.api.write("POST", "/api/v1/meetings", meeting("x"), Api.basic(grace, "grace-right-password"), null);
		int written = this.jdbc.sql("select count(*) from meeting where slug = ?").param(slug()).query(Integer.class).single();
		Api.Response another = this.api.write("POST", "/api/v1/meetings", meeting("x"), Api.basic(heidi, "heidi-right-password"), null);

		assertThat(locked.status()).isEqualTo(429);
		assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 60);
		assertThat(locked.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(locked.<String>json("$.detail")).contains("Too many failed logins", "Retry-After");
		assertThat(written).as("a locked login writes nothing").isZero();
		assertThat(another.status()).as("another account is not locked").isEqualTo(201);
	}

	@Test
	void aPublicReadIgnoresCredentialsSoWrongOnesNeitherFailNorLockTheName(
			@Value("${timeline.security.login.max-failures}") int maxFailures) {
		String judy = name("judy");
		editors("judy-right-password", "", "add", judy);

		for (int i = 0; i <= maxFailures; i++) {
			Api.Response read = this.api.send(java.net.http.HttpRequest.newBuilder(this.api.uri("/api/v1/kinds"))
				.header("Authorization", Api.basic(judy, "made-up-" + i)).GET().build());
			assertThat(read.status()).isEqualTo(200);
		}
		Api.Response editorsRead = this.api.send(java.net.http.HttpRequest.newBuilder(this.api.uri("/api/v1/candidates"))
			.header("Authorization", Api.basic(judy, "judy-right-password")).GET().build());
		Api.Response wrongOnAnEditorsRead = this.api.send(java.net.http.HttpRequest.newBuilder(this.api.uri("/api/v1/candidates"))
			.header("Authorization", Api.basic(judy, "made-up")).GET().build());

		assertThat(editorsRead.status()).as("not locked by the public reads").isEqualTo(200);
		assertThat(wrongOnAnEditorsRead.status()).isEqualTo(401);
	}

	@Test
	void theConfiguredAccountsPasswordIsCheckedAgainstAHashOfTheCostADatabaseAccountsHas() {
		// so that a wrong password costs the same bcrypt for both (and for a name no account has, which Spring's
		// provider compares with a dummy hash): it was a plain comparison, 1-26 ms against 120-380 ms
		String ivan = name("ivan");
		editors("ivan-right-password", "", "add", ivan);

		String configured = this.editors.loadUserByUsername("editor").getPassword();
		String database = this.editors.loadUserByUsername(ivan).getPassword();

		assertThat(configured).startsWith("{bcrypt}$2").doesNotContain("editor-password");
		assertThat(configured.substring(0, "{bcrypt}$2a$10$".length()))
			.isEqualTo(database.substring(0, "{bcrypt}$2a$10$".length()));
	}

	@Test
	void aConfiguredPasswordWrittenWithItsNoopPrefixIsThePasswordAfterIt() {
		EditorUsers users = new EditorUsers(new EditorProperties("configured", "{noop}s3cret"), this.accounts);
		String hash = users.loadUserByUsername("configured").getPassword();

		assertThat(this.accounts.encoder().matches("s3cret", hash)).isTrue();
		assertThat(this.accounts.encoder().matches("{noop}s3cret", hash)).isFalse();
	}

	private int editors(String password, String input, String... words) {
		return this.command.execute(List.of(words), password, new BufferedReader(new StringReader(input)),
				new PrintStream(this.out, true, StandardCharsets.UTF_8), new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String name(String base) {
		return base + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

	/** A slug of this test's own: a meeting's history outlives it, and each test reads its own. */
	private final String slug = name("editor-accounts-meeting");

	private String slug() {
		return this.slug;
	}

	private String meeting(String mark) {
		return """
				{"slug": "%s", "title": "Editor accounts %s", "startDate": "2034-01-01", "kind": "040",
				 "participants": [{"official": "kim-jong-un", "role": "leader"}, {"official": "vladimir-putin", "role": "president"}],
				 "sources": [{"source": "korea-times-nk-russia-support-2019-03", "quote": "%s"}]}""".formatted(slug(), mark, mark);
	}

}
