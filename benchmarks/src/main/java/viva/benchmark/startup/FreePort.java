package viva.benchmark.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Before a start is timed, nothing may answer on its port: a server left from before would be timed instead. */
final class FreePort {

    private FreePort() {
    }

    static void await(HttpClient http, String httpPort) throws Exception {
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/live"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            try {
                http.send(probe, HttpResponse.BodyHandlers.discarding());
            } catch (IOException closed) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("something still answers on port " + httpPort);
    }
}
