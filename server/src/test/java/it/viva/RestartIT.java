package it.viva;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Data lives in the Derby folder, not in the server process: a restart keeps every record. */
class RestartIT {

    private static final String WLP = System.getProperty("viva.it.wlpDir", "target/liberty/wlp");
    private static final String SERVER = System.getProperty("viva.it.serverName", "viva-it");

    @Test
    void dataSurvivesARestartOfTheServer() throws Exception {
        Api api = Api.secretary();
        long round = Fixtures.round();
        Api.Reply created = api.post("/api/applicants", Fixtures.applicantBody(round, "SENIOR").build());
        assertEquals(201, created.status(), created::toString);
        JsonObject before = api.get("/api/applicants/" + created.id()).json();

        server("stop");
        server("start");
        awaitReady(Duration.ofMinutes(3));

        JsonObject after = api.get("/api/applicants/" + created.id()).json();
        assertEquals(before, after);
        assertEquals(1, Fixtures.count(api.get("/api/applicants?roundId=" + round)));
        assertEquals(200, api.get("/api/rounds/" + round).status());
    }

    private static void server(String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new File(WLP, "bin/server").getAbsolutePath(), action, SERVER)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("server " + action + " did not finish");
        }
        assertEquals(0, process.exitValue(), "server " + action + " " + SERVER);
    }

    private static void awaitReady(Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Api.anonymous().get("/health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server was not ready again within " + limit);
    }
}
