package it.viva.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Browser;
import it.viva.support.Defenses;
import it.viva.support.RoomClient;
import it.viva.support.RoomPages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.kurento.client.KurentoClient;
import org.kurento.client.MediaObject;
import org.kurento.client.MediaPipeline;
import org.kurento.client.Tag;
import org.openqa.selenium.By;

/**
 * Viva against a real Kurento Media Server (KMS_URL, e.g. ws://127.0.0.1:8888/kurento, set for the
 * Maven run so that the test server uses it too). Skipped without one. Writes what it saw to
 * target/kurento-run.md; docs/kurento-run.md keeps the last real run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(KurentoRoomIT.Results.class)
class KurentoRoomIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String KMS_URL = System.getenv("KMS_URL");
    private static final Map<String, String> RESULTS = new LinkedHashMap<>();
    private static final List<String> NOTES = new ArrayList<>();
    private static KurentoClient kms;
    private static String version;

    /** A real browser offer, to publish or to receive, for the socket-only cycles. */
    private static final String OFFER = """
            const done = arguments[arguments.length - 1];
            const pc = new RTCPeerConnection();
            pc.addTransceiver('audio', {direction: arguments[0]});
            pc.addTransceiver('video', {direction: arguments[0]});
            pc.createOffer().then(o => { pc.close(); done(o.sdp); }, e => done(null));
            """;

    @BeforeAll
    static void connect() {
        if (KMS_URL == null || KMS_URL.isBlank()) {
            // A skipped class shows only as "Tests run: 0" in the build's output: say why there.
            System.out.println("SKIPPED KurentoRoomIT: no Kurento Media Server; set KMS_URL"
                    + " (e.g. ws://127.0.0.1:8888/kurento) for the Maven run to test media through one.");
        }
        Assumptions.assumeTrue(KMS_URL != null && !KMS_URL.isBlank(),
                "KurentoRoomIT needs a Kurento Media Server: set KMS_URL (e.g. ws://127.0.0.1:8888/kurento)"
                        + " for the Maven run");
        kms = KurentoClient.create(KMS_URL);
        version = kms.getServerManager().getInfo().getVersion();
        awaitReady();
    }

    /** The test server may still be deploying Viva; it is ready once it also reaches the media server. */
    private static void awaitReady() {
        long until = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (Api.anonymous().get("/health/ready").status() != 200) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Viva is not ready: " + Api.anonymous().get("/health/ready").body());
            }
            sleep(1000);
        }
    }

    @AfterAll
    static void report() throws IOException {
        if (kms == null) {
            return;
        }
        kms.destroy();
        StringBuilder text = new StringBuilder("# Viva against a real Kurento Media Server\n\n")
                .append("- run: ").append(Instant.now()).append('\n')
                .append("- KMS: ").append(KMS_URL).append(", version ").append(version).append('\n')
                .append("- command: `KMS_URL=").append(KMS_URL)
                .append(" mvn -B verify -Dit.test=KurentoRoomIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false`\n\n")
                .append("| test | result |\n|---|---|\n");
        RESULTS.forEach((test, result) -> text.append("| ").append(test).append(" | ").append(result).append(" |\n"));
        text.append('\n');
        NOTES.forEach(note -> text.append("- ").append(note).append('\n'));
        Path out = Path.of(System.getProperty("viva.it.screenshots", "target/screenshots")).getParent()
                .resolve("kurento-run.md");
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void threePagesSeeEachOtherThroughTheMediaServerAndTheDefenseIsRecorded() throws Exception {
        Defenses.Setup setup = Defenses.scheduled();
        List<Browser> browsers = new ArrayList<>();
        try {
            threePages(browsers, setup);
            MediaPipeline pipeline = vivaPipeline(setup.defense()).orElseThrow();
            long endpoints = count(pipeline, "WebRtcEndpoint");
            assertEquals(9, endpoints, "three publishers and six receivers");
            NOTES.add("three pages: each received video from the other two; the defense's pipeline held "
                    + endpoints + " WebRtcEndpoints");

            assertEquals(200, stage(setup, "STATEMENT").status());
            Thread.sleep(8000);
            assertEquals(200, stage(setup, "CLOSED").status());
            JsonObject recording = awaitRecording(setup.defense());
            File file = new File(URI.create(recording.getString("location")));
            assertTrue(file.isFile(), "the recording's file exists: " + file);
            assertTrue(file.length() > 0, "and is not empty");
            Api.Reply download = Api.secretary().get("/api/defenses/" + setup.defense() + "/recordings/"
                    + recording.getJsonNumber("id").longValue());
            assertEquals(200, download.status());
            assertTrue(!download.body().isEmpty());
            NOTES.add("recording of about 8 s (STATEMENT to CLOSED): " + file.getName() + ", " + file.length()
                    + " bytes, state " + recording.getString("state"));
            awaitNoPipeline(setup.defense());
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    @Test
    @Order(2)
    void noVivaPipelineRemainsAfterEveryoneLeaves() {
        Defenses.Setup setup = Defenses.scheduled();
        List<Browser> browsers = new ArrayList<>();
        try {
            Browser secretary = enter(browsers, setup, Api.secretary());
            Browser member = enter(browsers, setup, setup.member());
            awaitVideoFromAll(secretary, 1);
            awaitVideoFromAll(member, 1);
            assertTrue(vivaPipeline(setup.defense()).isPresent());
        } finally {
            browsers.forEach(Browser::close);
        }
        awaitNoPipeline(setup.defense());
        long left = vivaPipelines().size();
        assertEquals(0, left, "no Viva pipeline at all is left on the media server");
        NOTES.add("after everyone left: " + left + " Viva pipelines on the media server");
    }

    @Test
    @Order(3)
    void fiftyJoinLeaveCyclesLeaveNoEndpointBehind() throws Exception {
        Defenses.Setup setup = Defenses.scheduled();
        String publish;
        String receive;
        try (Browser browser = Browser.start()) {
            browser.open(Api.BASE + "/");
            publish = (String) browser.asyncScript(OFFER, "sendonly");
            receive = (String) browser.asyncScript(OFFER, "recvonly");
        }
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()))) {
            String secretaryId = secretary.await("welcome").getJsonObject("you").getString("id");
            secretary.send(offer(secretaryId, publish));
            secretary.await("answer");
            MediaPipeline pipeline = vivaPipeline(setup.defense()).orElseThrow();
            for (int i = 0; i < 50; i++) {
                try (RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
                    String memberId = member.await("welcome").getJsonObject("you").getString("id");
                    member.send(offer(memberId, publish));
                    member.send(offer(secretaryId, receive));
                    awaitAnswers(member, 2);
                }
                awaitLeft(secretary, i + 1);
            }
            Thread.sleep(2000);
            long endpoints = count(pipeline, "WebRtcEndpoint");
            long passThroughs = count(pipeline, "PassThrough");
            assertEquals(1, endpoints, "only the secretary's own publisher is left");
            assertEquals(1, passThroughs, "and its PassThrough");
            NOTES.add("50 join/leave cycles (each publishing and receiving): " + endpoints + " WebRtcEndpoint and "
                    + passThroughs + " PassThrough left, the staying secretary's");
        }
        awaitNoPipeline(setup.defense());
    }

    /**
     * Needs KMS_STOP_COMMAND and KMS_START_COMMAND (shell commands that stop and start the media
     * server at KMS_URL); skipped without them.
     */
    @Test
    @Order(4)
    void aLostMediaServerDegradesTheRoomAndItsReturnBringsTheVideoBack() throws Exception {
        String stop = System.getenv("KMS_STOP_COMMAND");
        String start = System.getenv("KMS_START_COMMAND");
        Assumptions.assumeTrue(stop != null && start != null,
                "set KMS_STOP_COMMAND and KMS_START_COMMAND to test the loss and return of the media server");
        Defenses.Setup setup = Defenses.scheduled();
        List<Browser> browsers = new ArrayList<>();
        try {
            Browser secretary = enter(browsers, setup, Api.secretary());
            Browser member = enter(browsers, setup, setup.member());
            awaitVideoFromAll(secretary, 1);
            awaitVideoFromAll(member, 1);
            assertEquals(200, stage(setup, "STATEMENT").status());
            Thread.sleep(3000);

            shell(stop);
            for (Browser page : List.of(secretary, member)) {
                page.await(WAIT, "the page shows the media server is away",
                        d -> "degraded".equals(page.bodyAttribute("data-media")));
            }
            Api.Reply ready = Api.anonymous().get("/health/ready");
            assertEquals(503, ready.status(), ready::toString);
            assertTrue(ready.body().contains("media server"), ready::body);
            NOTES.add("media server stopped: pages showed data-media=degraded, /health/ready answered 503: "
                    + ready.body().replaceAll("\\s+", " "));

            shell(start);
            for (Browser page : List.of(secretary, member)) {
                page.await(WAIT, "the page shows the media server is back",
                        d -> "ok".equals(page.bodyAttribute("data-media")));
            }
            awaitVideoFromAll(secretary, 1);
            awaitVideoFromAll(member, 1);
            assertEquals(200, Api.anonymous().get("/health/ready").status());
            assertEquals(200, stage(setup, "CLOSED").status());
            List<String> states = awaitRecordings(setup.defense(), 2).stream().map(r -> r.getString("state")).toList();
            assertTrue(states.contains("CUT") && states.contains("COMPLETE"), states::toString);
            NOTES.add("media server started again: video came back on both pages; recordings " + states);
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    /**
     * The secretary shares the screen during the statement: through the media server it is a
     * publication of its own (one more endpoint to publish, one per viewer), both others see it
     * beside the cameras, stopping it releases those endpoints, and the recording still completes.
     */
    @Test
    @Order(5)
    void aSharedScreenIsAPublicationOfItsOwnThroughTheMediaServer() throws Exception {
        Defenses.Setup setup = Defenses.scheduled();
        List<Browser> browsers = new ArrayList<>();
        try {
            List<Browser> pages = threePages(browsers, setup);
            Browser secretary = pages.get(0);
            Browser first = pages.get(1);
            Browser second = pages.get(2);
            MediaPipeline pipeline = vivaPipeline(setup.defense()).orElseThrow();
            assertEquals(200, stage(setup, "STATEMENT").status());
            secretary.await(WAIT, "the secretary may share", d -> {
                var button = d.findElement(By.cssSelector("[data-action='share-screen']"));
                return button.isDisplayed() && button.isEnabled() ? button : null;
            }).click();
            String sharer = null; // the secretary's participant id, as the screen video carries it
            for (Browser page : List.of(first, second)) {
                page.await(WAIT, "a screen arrives", d -> page.script(
                        "return document.querySelector(\"video[data-share='screen']\") ? true : null;"));
                String id = (String) page.script(
                        "return document.querySelector(\"video[data-share='screen']\").dataset.participantId;");
                if (sharer != null) {
                    assertEquals(sharer, id, "the same sharer on both pages");
                }
                sharer = id;
                RoomPages.awaitLiveScreen(page, id, WAIT);
                awaitVideoFromAll(page, 2);
            }
            awaitEndpoints(pipeline, 12);
            NOTES.add("screen shared by the secretary: both members saw it live beside the cameras; the pipeline held"
                    + " 12 WebRtcEndpoints (9 for the cameras, the screen's publisher and its 2 viewers)");

            secretary.driver().findElement(By.cssSelector("[data-action='share-screen']")).click();
            for (Browser page : List.of(first, second)) {
                String gone = sharer;
                page.await(WAIT, "the screen is gone", d -> RoomPages.hasScreen(page, gone) ? null : true);
            }
            awaitEndpoints(pipeline, 9);
            assertEquals(200, stage(setup, "CLOSED").status());
            JsonObject recording = awaitRecording(setup.defense());
            assertTrue(new File(URI.create(recording.getString("location"))).length() > 0);
            NOTES.add("share stopped: back to 9 endpoints; the recording with the screen mixed in completed");
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    @Test
    @Order(6)
    void atTheVoteTheApplicantLeavesTheMediaServerForTheLobby() throws Exception {
        Defenses.Setup setup = Defenses.scheduled();
        List<Browser> browsers = new ArrayList<>();
        List<RoomClient> sockets = new ArrayList<>();
        try {
            RoomPages.Meeting meeting = RoomPages.meet(browsers, setup, WAIT);
            MediaPipeline pipeline = vivaPipeline(setup.defense()).orElseThrow();
            awaitEndpoints(pipeline, 9);
            for (Browser page : meeting.all()) {
                page.await(WAIT, "every remote camera shows its network quality", d -> page.script(
                        "const v = [...document.querySelectorAll('video[data-participant-id]:not([data-share])')];"
                                + " return v.length === 2 && v.every(e => ['good', 'fair', 'poor']"
                                + ".includes(e.dataset.quality)) ? true : null;"));
            }
            // Four more eligible members by socket only, so that the vote has its quorum (5 of 7); they send no media.
            for (int i = 1; i <= 4; i++) {
                RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.memberApis().get(i)));
                sockets.add(member);
                member.await("welcome");
            }
            // Each of the three pages also asks for the four newcomers: 9 + 3 × 4 endpoints.
            awaitEndpoints(pipeline, 21);
            assertEquals(200, stage(setup, "STATEMENT").status());
            assertEquals(200, stage(setup, "QUESTIONS").status());
            assertEquals(200, stage(setup, "VOTING").status());
            Browser applicant = meeting.applicant();
            applicant.await(WAIT, "the applicant waits in the lobby while the panel deliberates",
                    d -> "lobby".equals(applicant.bodyAttribute("data-connection")) ? true : null);
            for (Browser page : List.of(meeting.secretary(), meeting.member())) {
                page.await(WAIT, "the applicant's video is gone", d -> page.script(
                        "return document.querySelector(\"video[data-role='APPLICANT']\") ? null : true;"));
            }
            // Released: the applicant's publisher, the two that received it and the applicant's six receivers.
            awaitEndpoints(pipeline, 12);
            NOTES.add("at VOTING the applicant's page went to the lobby: its publisher and every receiver to or from it"
                    + " were released (21 → 12 WebRtcEndpoints), and the others no longer showed the applicant");
            assertEquals(200, stage(setup, "CLOSED").status());
            applicant.await(WAIT, "the applicant learns the defense is closed",
                    d -> "closed".equals(applicant.bodyAttribute("data-connection")) ? true : null);
        } finally {
            sockets.forEach(RoomClient::close);
            browsers.forEach(Browser::close);
        }
    }

    private static void awaitEndpoints(MediaPipeline pipeline, long endpoints) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (count(pipeline, "WebRtcEndpoint") != endpoints) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not " + endpoints + " WebRtcEndpoints: " + count(pipeline, "WebRtcEndpoint"));
            }
            sleep(250);
        }
    }

    private static void shell(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish: " + command);
        }
    }

    private static List<JsonObject> awaitRecordings(long defense, int count) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Api.Reply list = Api.secretary().get("/api/defenses/" + defense + "/recordings");
            List<JsonObject> ended = list.array().stream().map(JsonObject.class::cast)
                    .filter(r -> !"RECORDING".equals(r.getString("state"))).toList();
            if (ended.size() >= count) {
                return ended;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("not " + count + " ended recordings: " + list.body());
            }
            sleep(500);
        }
    }

    private static JsonObject offer(String to, String sdp) {
        return Json.createObjectBuilder().add("type", "offer").add("to", to).add("sdp", sdp).build();
    }

    private static void awaitAnswers(RoomClient client, int answers) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (client.seen().stream().filter(m -> "answer".equals(m.getString("type", ""))).count() < answers) {
            if (System.nanoTime() > until) {
                throw new AssertionError("no " + answers + " answers: " + client.seen());
            }
            sleep(50);
        }
    }

    private static void awaitLeft(RoomClient client, int times) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (client.seen().stream().filter(m -> "left".equals(m.getString("type", ""))).count() < times) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the member did not leave");
            }
            sleep(50);
        }
    }

    private static Api.Reply stage(Defenses.Setup setup, String stage) {
        return Api.secretary().post("/api/defenses/" + setup.defense() + "/stage", "{\"stage\":\"" + stage + "\"}");
    }

    private static JsonObject awaitRecording(long defense) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Api.Reply list = Api.secretary().get("/api/defenses/" + defense + "/recordings");
            assertEquals(200, list.status(), list::toString);
            Optional<JsonObject> done = list.array().stream().map(JsonObject.class::cast)
                    .filter(r -> "COMPLETE".equals(r.getString("state"))).findFirst();
            if (done.isPresent()) {
                return done.get();
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("no complete recording: " + list.body());
            }
            sleep(500);
        }
    }

    private static List<MediaPipeline> vivaPipelines() {
        return kms.getServerManager().getPipelines().stream()
                .filter(p -> p.getTags().stream().anyMatch(t -> "viva.node".equals(t.getKey()))).toList();
    }

    private static Optional<MediaPipeline> vivaPipeline(long defense) {
        return vivaPipelines().stream().filter(p -> p.getTags().stream().map(Tag::getValue)
                .anyMatch(Long.toString(defense)::equals) && p.getTags().stream().map(Tag::getKey)
                .anyMatch("viva.defense"::equals)).findFirst();
    }

    private static void awaitNoPipeline(long defense) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (vivaPipeline(defense).isPresent()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the defense's pipeline is still on the media server");
            }
            sleep(500);
        }
    }

    private static long count(MediaPipeline pipeline, String type) {
        return pipeline.getChildren().stream().map(MediaObject::getId).filter(n -> n != null && n.contains(type))
                .count();
    }

    /** The secretary and two members, each receiving the two others' video through the media server. */
    private static List<Browser> threePages(List<Browser> browsers, Defenses.Setup setup) {
        List<Browser> pages = List.of(enter(browsers, setup, Api.secretary()),
                enter(browsers, setup, setup.memberApis().get(0)), enter(browsers, setup, setup.memberApis().get(1)));
        for (Browser page : pages) {
            awaitVideoFromAll(page, 2);
        }
        return pages;
    }

    private static Browser enter(List<Browser> browsers, Defenses.Setup setup, Api as) {
        Api.Reply ticket = as.post("/api/defenses/" + setup.defense() + "/ticket", new byte[0], null);
        assertEquals(201, ticket.status(), ticket::toString);
        return RoomPages.enter(browsers, ticket.json().getString("url"), WAIT);
    }

    private static void awaitVideoFromAll(Browser page, int remotes) {
        RoomPages.awaitVideoFromAll(page, remotes, WAIT);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Notes each test's outcome for the run's report. */
    static final class Results implements TestWatcher {

        @Override
        public void testSuccessful(ExtensionContext context) {
            RESULTS.put(context.getDisplayName(), "passed");
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            RESULTS.put(context.getDisplayName(), "FAILED: " + String.valueOf(cause.getMessage()).replace('|', '/')
                    .replace('\n', ' '));
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            RESULTS.put(context.getDisplayName(), "skipped: " + cause.getMessage());
        }
    }
}
