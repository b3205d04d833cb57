package it.viva.defense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Defenses;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dashboard's push channel names each defense that changed. */
class LiveIT {

    @Test
    void aStageChangeIsPushedToTheSecretariat() throws Exception {
        Defenses.Setup setup = Defenses.scheduled();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("secretary:" + Api.SECRETARY_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        CompletableFuture<HttpResponse<Stream<String>>> stream = client.sendAsync(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/api/live")).header("Authorization", basic)
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get(20, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        await(lines, "event: hello", Duration.ofSeconds(20));

        assertEquals(200, Api.secretary().post("/api/defenses/" + setup.defense() + "/stage",
                "{\"stage\":\"LOBBY\"}").status());
        await(lines, "event: stage", Duration.ofSeconds(20));
        String data = await(lines, "data:", Duration.ofSeconds(5));
        assertTrue(data.contains("\"defenseId\":" + setup.defense()), data);
        assertEquals(403, setup.member().get("/api/live").status(), "the push channel is the secretariat's");
    }

    private static String await(BlockingQueue<String> lines, String prefix, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no line starting with \"" + prefix + "\" within " + timeout);
    }
}
