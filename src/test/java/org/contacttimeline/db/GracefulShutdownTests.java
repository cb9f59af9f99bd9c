package org.contacttimeline.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On SIGTERM the service finishes the requests in flight, refuses new ones, and stops its database cleanly.
 */
class GracefulShutdownTests {

	@Test
	void finishesTheWriteInFlightAndRefusesNewRequests() throws Exception {
		Path dataDir = TargetFolder.fresh("shutdown-pgdata");
		Path log = TargetFolder.freshFile("shutdown-app.log");
		String body = """
				{"slug": "in-flight-at-shutdown", "title": "In flight at shutdown", "startDate": "2020-03-15", "kind": {"code": "040"},
				 "participants": [{"official": "im-chon-il", "role": "Vice Foreign Minister"}],
				 "sources": [{"publisher": "Shutdown test", "quote": "sent while the service stopped"}]}""";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

		try (AppProcess app = AppProcess.start(dataDir, log)) {
			URI base = URI.create(app.base());
			try (Socket inFlight = new Socket(base.getHost(), base.getPort())) {
				OutputStream out = inFlight.getOutputStream();
				out.write(("POST /api/v1/meetings HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ "Authorization: Basic " + Base64.getEncoder().encodeToString("editor:editor-password".getBytes())
						+ "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(bytes, 0, 20);
				out.flush();

				ProcessHandle.of(app.pid()).orElseThrow().destroy(); // SIGTERM
				boolean refused = false;
				for (int attempt = 0; attempt < 2000 && !refused; attempt++) {
					refused = refusesNewConnections(base);
				}
				assertThat(refused).as("new connections are refused once shutdown began").isTrue();

				out.write(bytes, 20, bytes.length - 20);
				out.flush();
				String answer = readAll(inFlight.getInputStream());
				assertThat(answer).startsWith("HTTP/1.1 201");
			}
			assertThat(ProcessHandle.of(app.pid()).orElseThrow().onExit().get().isAlive()).isFalse();
		}
		assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).as("the database stopped cleanly").isFalse();
	}

	private static boolean refusesNewConnections(URI base) {
		try (Socket probe = new Socket(base.getHost(), base.getPort())) {
			probe.setSoTimeout(500);
			probe.getOutputStream().write("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
				.getBytes(StandardCharsets.US_ASCII));
			String answer = readAll(probe.getInputStream());
			return answer.isEmpty() || answer.startsWith("HTTP/1.1 503");
		}
		catch (ConnectException ex) {
			return true;
		}
		catch (IOException ex) {
			return true;
		}
	}

	private static String readAll(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

}
