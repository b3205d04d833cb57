package it.viva.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Stops and starts the integration-test server, as an operator would, for restart tests. */
public final class ItServer {

    public static final String WLP = System.getProperty("viva.it.wlpDir", "target/liberty/wlp");
    public static final String NAME = System.getProperty("viva.it.serverName", "viva-it");
    public static final String DB = System.getProperty("viva.it.dbDir", "target/it-db");

    private ItServer() {
    }

    public static void stop() {
        run("stop");
    }

    public static void start() {
        run("start");
        awaitReady(Duration.ofMinutes(3));
    }

    private static void run(String action) {
        try {
            Process process = new ProcessBuilder(new File(WLP, "bin/server").getAbsolutePath(), action, NAME)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("server " + action + " did not finish");
            }
            assertEquals(0, process.exitValue(), "server " + action + " " + NAME);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void awaitReady(Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Api.anonymous().get("/health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException notListeningYet) {
                // keep waiting
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the server was not ready again within " + limit);
    }
}
