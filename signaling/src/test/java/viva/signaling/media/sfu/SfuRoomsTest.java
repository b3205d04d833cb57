package viva.signaling.media.sfu;

import viva.signaling.RoomStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import viva.signaling.MediaEvent;
import viva.signaling.media.IceNetworks;

/** The SFU's bookkeeping against a media server in memory (no Kurento runs in CI). */
class SfuRoomsTest {

    /** The stages as the application describes them to the room: recorded from STATEMENT to VOTING. */
    private static final RoomStage LOBBY = new RoomStage("LOBBY", false, false);
    private static final RoomStage STATEMENT = new RoomStage("STATEMENT", true, false);
    private static final RoomStage QUESTIONS = new RoomStage("QUESTIONS", true, false);
    private static final RoomStage CLOSED = new RoomStage("CLOSED", false, true);

    private static final long DEFENSE = 7;

    private final InMemoryMediaServer server = new InMemoryMediaServer();
    private final List<MediaEvent> events = new ArrayList<>();
    private final List<Runnable> timers = new ArrayList<>();
    private final Map<String, List<JsonObject>> pages = new HashMap<>();
    private final IceNetworks loopback = IceNetworks.parse("127.0.0.0/8");
    private final SfuRooms rooms = new SfuRooms(server,
            new SfuSettings("node-a", 600, Duration.ofSeconds(30), "file:///rec", loopback::allows),
            Runnable::run, (delay, task) -> {
                timers.add(task);
                return () -> timers.remove(task);
            }, events::add, Clock.fixed(Instant.parse("2026-05-01T01:02:03Z"), ZoneOffset.UTC));

    SfuRoomsTest() {
        rooms.start();
    }

    private void enter(String id) {
        enter(id, LOBBY);
    }

    private void enter(String id, RoomStage stage) {
        List<JsonObject> inbox = pages.computeIfAbsent(id, k -> new ArrayList<>());
        inbox.clear();
        rooms.enter(DEFENSE, id, message -> inbox.add(message.json()), stage);
    }

    private List<JsonObject> inbox(String id) {
        return pages.get(id);
    }

    private List<JsonObject> ofType(String id, String type) {
        return inbox(id).stream().filter(m -> type.equals(m.getString("type"))).toList();
    }

    private static Candidate loopbackCandidate(int port) {
        return new Candidate("candidate:1 1 udp 2122 127.0.0.1 " + port + " typ host", "0", 0);
    }

    /** Everyone publishes and receives everyone else. */
    private void wireAll(String... ids) {
        for (String id : ids) {
            rooms.offer(DEFENSE, id, id, "offer-of-" + id);
        }
        for (String viewer : ids) {
            for (String source : ids) {
                if (!viewer.equals(source)) {
                    rooms.offer(DEFENSE, viewer, source, "offer-" + viewer + "-for-" + source);
                }
            }
        }
    }

    private String endpointFor(String offer) {
        return server.webRtcs().stream().filter(e -> offer.equals(e.offer)).findFirst().orElseThrow().id;
    }

    @Test
    void oneTaggedPipelinePerDefenseFromTheFirstJoin() {
        enter("a");
        enter("b");
        assertEquals(1, server.pipelines.size());
        InMemoryMediaServer.FakePipeline pipeline = server.pipelines.values().iterator().next();
        assertEquals(new PipelineTag("node-a", DEFENSE), pipeline.tag);
        assertEquals(pipeline.id, rooms.pipelineId(DEFENSE).orElseThrow());
    }

    @Test
    void listenerThenOfferThenAnswerThenGathering() {
        enter("a");
        rooms.offer(DEFENSE, "a", "a", "sdp-a");
        String endpoint = endpointFor("sdp-a");
        List<String> own = server.calls.stream().filter(c -> c.startsWith(endpoint + " ")).toList();
        assertEquals(List.of(endpoint + " create", endpoint + " listen", endpoint + " processOffer",
                endpoint + " gather"), own.stream().filter(c -> !c.contains(" connect ")).toList());
        List<JsonObject> inbox = inbox("a");
        int answer = inbox.indexOf(ofType("a", "answer").get(0));
        int ice = inbox.indexOf(ofType("a", "ice").get(0));
        assertTrue(answer < ice, "the answer reaches the page before the server's first candidate");
        assertEquals("a", ofType("a", "answer").get(0).getString("from"));
        assertEquals("answer-to:sdp-a", ofType("a", "answer").get(0).getString("sdp"));
        assertEquals("a", ofType("a", "ice").get(0).getString("from"));
    }

    @Test
    void aCandidateBeforeItsEndpointIsAppliedOnceTheEndpointExists() {
        enter("a");
        enter("b");
        rooms.offer(DEFENSE, "a", "a", "sdp-a");
        rooms.candidate(DEFENSE, "b", "a", loopbackCandidate(5001));
        rooms.candidate(DEFENSE, "b", "a", loopbackCandidate(5002));
        assertEquals(2, rooms.bufferedCandidates(DEFENSE));

        rooms.offer(DEFENSE, "b", "a", "sdp-b-for-a");
        InMemoryMediaServer.FakeWebRtc receiver = server.webRtcs().stream()
                .filter(e -> "sdp-b-for-a".equals(e.offer)).findFirst().orElseThrow();
        assertEquals(List.of(loopbackCandidate(5001), loopbackCandidate(5002)), receiver.added);
        assertEquals(0, rooms.bufferedCandidates(DEFENSE));

        rooms.candidate(DEFENSE, "b", "a", loopbackCandidate(5003));
        assertEquals(3, receiver.added.size(), "once the endpoint exists, candidates go straight to it");
    }

    @Test
    void aPageCandidateOutsideTheNetworksNeverReachesTheMediaServer() {
        enter("a");
        rooms.offer(DEFENSE, "a", "a", "sdp-a");
        rooms.candidate(DEFENSE, "a", "a", new Candidate("candidate:2 1 udp 2122 192.168.1.5 5000 typ host", "0", 0));
        rooms.candidate(DEFENSE, "a", "a", loopbackCandidate(5000));
        InMemoryMediaServer.FakeWebRtc publisher = server.webRtcs().get(0);
        assertEquals(List.of(loopbackCandidate(5000)), publisher.added);

        // The server's own addresses are its configuration: the page gets every one of them.
        publisher.candidateListener.accept(new Candidate("candidate:3 1 udp 2122 10.1.1.1 5000 typ host", "0", 0));
        assertEquals(2, ofType("a", "ice").size());
    }

    @Test
    void aPublisherIsCappedAndAViewerIsNot() {
        enter("a");
        enter("b");
        wireAll("a", "b");
        assertEquals(600, server.webRtcs().stream().filter(e -> "offer-of-a".equals(e.offer)).findFirst()
                .orElseThrow().maxVideoKbps);
        assertEquals(0, server.webRtcs().stream().filter(e -> "offer-b-for-a".equals(e.offer)).findFirst()
                .orElseThrow().maxVideoKbps);
    }

    @Test
    void aLeaverIsReleasedPublisherFirstThenViewersOfItThenItsReceivers() {
        enter("a");
        enter("b");
        enter("c");
        wireAll("a", "b", "c");
        assertEquals(9, rooms.endpointCount(DEFENSE));
        String publisher = endpointFor("offer-of-c");
        String aViewsC = endpointFor("offer-a-for-c");
        String bViewsC = endpointFor("offer-b-for-c");
        String cViewsA = endpointFor("offer-c-for-a");
        String cViewsB = endpointFor("offer-c-for-b");
        server.calls.clear();

        rooms.leave(DEFENSE, "c");

        List<String> released = server.calls.stream().filter(c -> c.endsWith(" release") && c.contains("webrtc"))
                .map(c -> c.substring(0, c.indexOf(' '))).toList();
        assertEquals(publisher, released.get(0));
        assertEquals(List.of(aViewsC, bViewsC).stream().sorted().toList(),
                released.subList(1, 3).stream().sorted().toList());
        assertEquals(List.of(cViewsA, cViewsB).stream().sorted().toList(),
                released.subList(3, 5).stream().sorted().toList());
        assertEquals(5, released.size());
        assertEquals(4, rooms.endpointCount(DEFENSE), "a and b still publish and see each other");
        assertEquals(4, server.liveWebRtc());
    }

    @Test
    void aPublisherThatPublishesAgainIsReplacedWithoutRewiringItsViewers() {
        enter("a");
        enter("b");
        wireAll("a", "b");
        String oldPublisher = endpointFor("offer-of-a");
        String viewer = endpointFor("offer-b-for-a");
        server.calls.clear();

        rooms.offer(DEFENSE, "a", "a", "offer-of-a-again");

        assertTrue(server.calls.contains(oldPublisher + " release"));
        assertFalse(server.calls.stream().anyMatch(c -> c.startsWith(viewer + " ")), "the viewer is untouched");
        assertFalse(server.calls.stream().anyMatch(c -> c.contains(" connect " + viewer)),
                "nothing is connected to the viewer again: the PassThrough still feeds it");
        String newPublisher = endpointFor("offer-of-a-again");
        assertTrue(server.calls.stream().anyMatch(c -> c.startsWith(newPublisher + " connect ")
                && c.contains("passthrough")));
        assertEquals(4, rooms.endpointCount(DEFENSE));
    }

    @Test
    void fiftyJoinLeaveCyclesLeaveNoEndpointBehind() {
        enter("a");
        rooms.offer(DEFENSE, "a", "a", "offer-of-a");
        for (int i = 0; i < 50; i++) {
            String id = "guest-" + i;
            enter(id);
            wireAll("a", id);
            rooms.candidate(DEFENSE, id, "a", loopbackCandidate(6000 + i));
            rooms.leave(DEFENSE, id);
        }
        assertEquals(1, rooms.endpointCount(DEFENSE));
        assertEquals(1, server.liveWebRtc());
        assertEquals(0, rooms.bufferedCandidates(DEFENSE));
    }

    @Test
    void anEmptyRoomReleasesItsPipelineAfterTheGraceUnlessSomeoneReturns() {
        enter("a");
        rooms.leave(DEFENSE, "a");
        assertEquals(1, timers.size());
        enter("a");
        assertTrue(timers.isEmpty(), "the return cancelled the timer");
        assertEquals(1, server.pipelines.size());

        rooms.leave(DEFENSE, "a");
        timers.remove(0).run();
        assertTrue(server.pipelines.isEmpty());
        assertTrue(rooms.pipelineId(DEFENSE).isEmpty(), "the room is forgotten");
    }

    @Test
    void theSweepReleasesOnlyThisNodesPipelinesThatNoOpenRoomHolds() {
        enter("a");
        String open = rooms.pipelineId(DEFENSE).orElseThrow();
        String orphan = server.plant(new PipelineTag("node-a", 99));
        String otherNode = server.plant(new PipelineTag("node-b", 98));

        assertEquals(1, rooms.sweep());

        assertFalse(server.pipelines.containsKey(orphan));
        assertTrue(server.pipelines.containsKey(open));
        assertTrue(server.pipelines.containsKey(otherNode), "another Viva node's pipeline is its own business");
    }

    @Test
    void recordingStartsWithTheFirstPublisherAndStopsBeforeThePipelineIsReleased() {
        enter("a", LOBBY);
        rooms.stage(DEFENSE, STATEMENT);
        InMemoryMediaServer.FakeRecorder recorder = server.pipelines.values().iterator().next().elements.values()
                .stream().filter(e -> e instanceof InMemoryMediaServer.FakeRecorder)
                .map(e -> (InMemoryMediaServer.FakeRecorder) e).findFirst().orElseThrow();
        assertFalse(recorder.recording, "nothing flows yet");
        assertEquals("file:///rec/defense-7-20260501T010203Z.webm", recorder.uri);

        rooms.offer(DEFENSE, "a", "a", "offer-of-a");
        assertTrue(recorder.recording, "a publisher is connected");
        assertEquals(MediaEvent.Kind.RECORDING_STARTED, events.get(0).kind());
        assertEquals(recorder.uri, events.get(0).location());

        server.calls.clear();
        rooms.stage(DEFENSE, CLOSED);
        int stop = server.calls.indexOf(recorder.id + " stopAndWait");
        int release = server.calls.indexOf(rooms.pipelineId(DEFENSE).orElse("pipeline-1") + " release");
        assertTrue(stop >= 0 && release > stop, "stopped and waited for before the pipeline goes: " + server.calls);
        assertEquals(MediaEvent.Kind.RECORDING_STOPPED, events.get(1).kind());
        assertTrue(server.pipelines.isEmpty());
    }

    @Test
    void aParticipantEnteringDuringTheRecordingIsMixedInAndUnhookedWhenLeaving() {
        enter("a", QUESTIONS);
        String hubPorts = "hubport-";
        long before = server.calls.stream().filter(c -> c.contains(hubPorts) && c.endsWith(" create")).count();
        assertEquals(2, before, "the recorder's port and a's");

        enter("b", QUESTIONS);
        String bPort = server.calls.stream().filter(c -> c.contains(hubPorts) && c.endsWith(" create"))
                .reduce((first, last) -> last).orElseThrow().split(" ")[0];
        assertTrue(server.calls.stream().anyMatch(c -> c.contains("passthrough") && c.endsWith(" connect " + bPort)),
                "b's PassThrough feeds the mix");

        rooms.leave(DEFENSE, "b");
        assertTrue(server.calls.contains(bPort + " release"));
    }

    @Test
    void aLostServerDegradesTheRoomCutsTheRecordingAndItsReturnRebuildsIt() {
        enter("a", STATEMENT);
        enter("b", STATEMENT);
        wireAll("a", "b");
        server.webRtcs().get(0).flowing.run();
        String before = rooms.pipelineId(DEFENSE).orElseThrow();

        server.lose();

        assertTrue(rooms.degraded(DEFENSE));
        assertEquals("degraded", ofType("a", "media").get(0).getString("state"));
        assertEquals(List.of(MediaEvent.Kind.RECORDING_STARTED, MediaEvent.Kind.RECORDING_CUT,
                MediaEvent.Kind.DEGRADED), events.stream().map(MediaEvent::kind).toList());
        assertEquals(0, rooms.endpointCount(DEFENSE));
        rooms.offer(DEFENSE, "a", "a", "offer-while-lost");
        assertEquals("media_unavailable", ofType("a", "error").get(0).getString("code"));
        assertTrue(rooms.unavailable().isPresent());

        server.restore();

        assertFalse(rooms.degraded(DEFENSE));
        String after = rooms.pipelineId(DEFENSE).orElseThrow();
        assertNotEquals(before, after);
        List<JsonObject> told = ofType("b", "media");
        assertEquals("ok", told.get(told.size() - 1).getString("state"));
        assertEquals(MediaEvent.Kind.RESTORED, events.get(events.size() - 1).kind());
        wireAll("a", "b");
        assertEquals(4, rooms.endpointCount(DEFENSE), "the pages negotiate again on the new pipeline");
    }

    @Test
    void aRoomEnteredWhileTheServerIsAwayWaitsForIt() {
        server.lose();
        enter("a");
        assertTrue(rooms.degraded(DEFENSE));
        assertTrue(rooms.pipelineId(DEFENSE).isEmpty());
        server.restore();
        assertTrue(rooms.pipelineId(DEFENSE).isPresent());
        assertEquals(List.of("ok"), ofType("a", "media").stream().map(m -> m.getString("state")).toList());
    }

    @Test
    void aSharedScreenIsAPublicationOfItsOwnFannedOutAndRecorded() {
        enter("a", STATEMENT);
        enter("b", STATEMENT);
        enter("c", STATEMENT);
        wireAll("a", "b", "c");
        int cameras = rooms.endpointCount(DEFENSE);
        rooms.shareStarted(DEFENSE, "a");
        // A viewer's offer may overtake the sharer's: the screen's PassThrough is there already.
        rooms.screenOffer(DEFENSE, "b", "a", "screen-b-for-a");
        rooms.screenOffer(DEFENSE, "a", "a", "screen-of-a");
        rooms.screenOffer(DEFENSE, "c", "a", "screen-c-for-a");
        assertEquals(cameras + 3, rooms.endpointCount(DEFENSE), "the sharer's endpoint and one per viewer");

        String sharerEndpoint = endpointFor("screen-of-a");
        String cameraEndpoint = endpointFor("offer-of-a");
        assertNotEquals(cameraEndpoint, sharerEndpoint, "the camera's publication stays as it was");
        String screenPassThrough = server.calls.stream().filter(c -> c.startsWith(sharerEndpoint + " connect "))
                .findFirst().orElseThrow().split(" ")[2];
        for (String viewer : List.of("screen-b-for-a", "screen-c-for-a")) {
            assertTrue(server.calls.contains(screenPassThrough + " connect " + endpointFor(viewer)),
                    "the screen reaches " + viewer);
        }
        assertTrue(server.calls.stream().anyMatch(c -> c.startsWith(screenPassThrough + " connect ")
                && c.contains("hubport-")), "the screen is mixed into the recording");

        JsonObject answer = ofType("b", "answer").stream().filter(m -> m.containsKey("stream")).findFirst()
                .orElseThrow();
        assertEquals("a", answer.getString("from"));
        assertEquals("screen", answer.getString("stream"));
        assertTrue(ofType("b", "ice").stream().anyMatch(m -> "screen".equals(m.getString("stream", ""))),
                "the server's candidates for the screen say so");
    }

    @Test
    void aScreenCandidateGoesToTheScreenEndpointNotTheCamera() {
        enter("a", STATEMENT);
        rooms.offer(DEFENSE, "a", "a", "offer-of-a");
        rooms.shareStarted(DEFENSE, "a");
        rooms.screenOffer(DEFENSE, "a", "a", "screen-of-a");
        rooms.screenCandidate(DEFENSE, "a", "a", loopbackCandidate(6001));
        InMemoryMediaServer.FakeWebRtc screen = server.webRtcs().stream().filter(e -> "screen-of-a".equals(e.offer))
                .findFirst().orElseThrow();
        InMemoryMediaServer.FakeWebRtc camera = server.webRtcs().stream().filter(e -> "offer-of-a".equals(e.offer))
                .findFirst().orElseThrow();
        assertEquals(List.of(loopbackCandidate(6001)), screen.added);
        assertTrue(camera.added.isEmpty());
    }

    @Test
    void anEndedShareReleasesTheScreenAndItsViewersButNoCamera() {
        enter("a", STATEMENT);
        enter("b", STATEMENT);
        wireAll("a", "b");
        int cameras = rooms.endpointCount(DEFENSE);
        rooms.shareStarted(DEFENSE, "a");
        rooms.screenOffer(DEFENSE, "a", "a", "screen-of-a");
        rooms.screenOffer(DEFENSE, "b", "a", "screen-b-for-a");
        String viewer = endpointFor("screen-b-for-a");

        rooms.shareEnded(DEFENSE, "a");
        assertEquals(cameras, rooms.endpointCount(DEFENSE));
        assertTrue(server.calls.contains(endpointFor("screen-of-a") + " release"));
        assertTrue(server.calls.contains(viewer + " release"));
        assertFalse(server.calls.contains(endpointFor("offer-of-a") + " release"));

        rooms.screenOffer(DEFENSE, "b", "a", "late-screen-offer");
        assertEquals("share_not_active", ofType("b", "error").get(0).getString("code"),
                "no screen to receive once the share ended");
    }

    @Test
    void theSharerLeavingReleasesTheScreen() {
        enter("a", STATEMENT);
        enter("b", STATEMENT);
        wireAll("a", "b");
        rooms.shareStarted(DEFENSE, "a");
        rooms.screenOffer(DEFENSE, "a", "a", "screen-of-a");
        rooms.screenOffer(DEFENSE, "b", "a", "screen-b-for-a");
        rooms.leave(DEFENSE, "a");
        assertEquals(1, rooms.endpointCount(DEFENSE), "only b's own publication is left");
    }

    @Test
    void aScreenOfferWithoutAShareIsRefused() {
        enter("a", STATEMENT);
        rooms.screenOffer(DEFENSE, "a", "a", "screen-of-a");
        assertEquals("share_not_active", ofType("a", "error").get(0).getString("code"));
        assertEquals(0, rooms.endpointCount(DEFENSE));
    }
}
