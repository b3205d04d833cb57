package viva.signaling.media.sfu;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import viva.signaling.RoomStage;
import viva.signaling.MediaEvent;
import viva.signaling.media.sfu.MediaServer.Element;
import viva.signaling.media.sfu.MediaServer.Pipeline;
import viva.signaling.media.sfu.MediaServer.WebRtc;
import viva.signaling.wire.Outbound;

/**
 * One defense's media on the media server: its pipeline, a publisher per participant (and one
 * more for a shared screen) and a receiving endpoint per viewer and publisher, and the recording.
 * Only ever touched from the room's own queue, so it needs no locks of its own.
 */
final class SfuRoom {

    private static final Logger LOG = Logger.getLogger(SfuRoom.class.getName());
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * What a participant publishes: the WebRTC endpoint their page sends to, behind a PassThrough
     * that every viewer and the recording hang on, so that a new endpoint (a page that publishes
     * again) replaces the old one without touching the viewers.
     */
    private static final class Publisher {
        final Element passThrough;
        Connection endpoint;
        Element hubPort;
        boolean flowing;

        Publisher(Element passThrough) {
            this.passThrough = passThrough;
        }
    }

    /** An endpoint and whether it is still ours: a released one's late candidates are dropped. */
    private static final class Connection {
        final WebRtc endpoint;
        volatile boolean live = true;

        Connection(WebRtc endpoint) {
            this.endpoint = endpoint;
        }
    }

    private static final class Recording {
        final MediaServer.Hub hub;
        final Element recorderPort;
        final MediaServer.Recorder recorder;
        final String uri;
        boolean started;

        Recording(MediaServer.Hub hub, Element recorderPort, MediaServer.Recorder recorder, String uri) {
            this.hub = hub;
            this.recorderPort = recorderPort;
            this.recorder = recorder;
            this.uri = uri;
        }
    }

    private final long defenseId;
    private final SfuRooms owner;
    private final Map<String, Consumer<Outbound>> pages = new LinkedHashMap<>();
    private final Map<String, Publisher> publishers = new LinkedHashMap<>();
    /** The shared screens by sharer: publications of their own, fanned out and recorded like cameras. */
    private final Map<String, Publisher> screens = new LinkedHashMap<>();
    /** Who shares, kept while the media server is away so that the screen is published again on its return. */
    private final Set<String> sharers = new LinkedHashSet<>();
    private final Map<Link, Connection> receivers = new LinkedHashMap<>();
    private final CandidateBuffer early = new CandidateBuffer();
    private volatile Pipeline pipeline;
    private Recording recording;
    private RoomStage stage;
    private boolean degraded;
    private boolean closed;
    private Runnable emptyTimer;

    SfuRoom(long defenseId, SfuRooms owner) {
        this.defenseId = defenseId;
        this.owner = owner;
    }

    long defenseId() {
        return defenseId;
    }

    /** The pipeline's id on the server, or null; read by the orphan sweep from its own thread. */
    String pipelineId() {
        Pipeline current = pipeline;
        return current == null ? null : current.id();
    }

    boolean degraded() {
        return degraded;
    }

    boolean closed() {
        return closed;
    }

    boolean hasPages() {
        return !pages.isEmpty();
    }

    int endpointCount() {
        return (int) publishers.values().stream().filter(p -> p.endpoint != null).count()
                + (int) screens.values().stream().filter(p -> p.endpoint != null).count() + receivers.size();
    }

    int bufferedCandidates() {
        return early.size();
    }

    void enter(String participantId, Consumer<Outbound> page, RoomStage currentStage) {
        cancelEmptyTimer();
        closed = false;
        pages.put(participantId, page);
        if (currentStage != null) {
            stage = currentStage;
        }
        if (degraded || !owner.server().connected()) {
            degraded = true; // the page learns it from its welcome (mediaState) and waits for "ok"
            return;
        }
        ensurePipeline();
        publisher(participantId);
        recordIfDue();
    }

    /**
     * Releases what the leaver used, in the order that never leaves a viewer wired to nothing:
     * the leaver's publisher, the viewers' endpoints for it, then the leaver's own receivers.
     */
    void leave(String participantId) {
        pages.remove(participantId);
        Publisher gone = publishers.remove(participantId);
        if (gone != null) {
            releasePublisher(gone);
        }
        shareEnded(participantId);
        for (var it = receivers.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (e.getKey().source().equals(participantId)) {
                release(e.getValue());
                it.remove();
            }
        }
        for (var it = receivers.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (e.getKey().owner().equals(participantId)) {
                release(e.getValue());
                it.remove();
            }
        }
        early.forget(participantId);
        if (pages.isEmpty() && pipeline != null) {
            emptyTimer = owner.afterEmptyGrace(this);
        }
    }

    /**
     * A shared screen begins: its publication exists (and is recorded) before any viewer asks for
     * it, so that a viewer's offer that overtakes the sharer's is wired all the same.
     */
    void shareStarted(String participantId) {
        if (pages.containsKey(participantId)) {
            sharers.add(participantId);
            screenPublisher(participantId);
        }
    }

    private void screenPublisher(String participantId) {
        if (pipeline == null || degraded || screens.containsKey(participantId)) {
            return;
        }
        Publisher created = new Publisher(pipeline.passThrough());
        screens.put(participantId, created);
        if (recording != null) {
            attachToRecording(created);
        }
    }

    /** A shared screen ends: its publication and every viewer's endpoint for it are released. */
    void shareEnded(String participantId) {
        sharers.remove(participantId);
        Publisher screen = screens.remove(participantId);
        if (screen != null) {
            releasePublisher(screen);
        }
        for (var it = receivers.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (e.getKey().screen() && e.getKey().source().equals(participantId)) {
                release(e.getValue());
                it.remove();
            }
        }
        early.forgetScreen(participantId);
    }

    /** An offer from the page of {@code from}: to publish ({@code to} = from) or to receive {@code to}. */
    void offer(String from, String to, String sdp) {
        offer(new Link(from, to), sdp);
    }

    void offer(Link link, String sdp) {
        String from = link.owner();
        Consumer<Outbound> page = pages.get(from);
        if (page == null) {
            return;
        }
        if (degraded || pipeline == null) {
            page.accept(Outbound.error("media_unavailable", "The media server is unavailable; the page will "
                    + "connect again when it is back."));
            return;
        }
        if (link.publishing()) {
            publish(link, page, sdp);
        } else {
            receive(link, page, sdp);
        }
    }

    private void publish(Link link, Consumer<Outbound> page, String sdp) {
        Publisher publisher = link.screen() ? screens.get(link.owner()) : publisher(link.owner());
        if (publisher == null) {
            page.accept(Outbound.error("share_not_active", "No screen of yours is shared."));
            return;
        }
        if (publisher.endpoint != null) {
            release(publisher.endpoint);
            publisher.endpoint = null;
            publisher.flowing = false;
        }
        Connection connection = negotiate(link, page, sdp, owner.settings().maxVideoKbps(), publisher);
        connection.endpoint.connect(publisher.passThrough);
        publisher.endpoint = connection;
        applyEarlyCandidates(link, connection);
        // Kurento does not always report media flowing in; a negotiated publisher is as good a sign.
        if (recording != null && !recording.started) {
            beginRecording();
        }
    }

    private void receive(Link link, Consumer<Outbound> page, String sdp) {
        if (!pages.containsKey(link.source())) {
            page.accept(Outbound.error("not_in_room", "No participant \"" + link.source() + "\" is in the room."));
            return;
        }
        Publisher publisher = link.screen() ? screens.get(link.source()) : publisher(link.source());
        if (publisher == null) {
            page.accept(Outbound.error("share_not_active", "No screen of \"" + link.source() + "\" is shared."));
            return;
        }
        Connection old = receivers.remove(link);
        if (old != null) {
            release(old);
        }
        Connection connection = negotiate(link, page, sdp, 0, null);
        publisher.passThrough.connect(connection.endpoint);
        receivers.put(link, connection);
        applyEarlyCandidates(link, connection);
    }

    /**
     * Kurento's order: the candidate listener first, then the offer, the answer to the page, and
     * only then gathering (gathering before the offer silently finds nothing). The answer holds no
     * candidates; they follow one by one as "ice".
     */
    private Connection negotiate(Link link, Consumer<Outbound> page, String sdp, int maxVideoKbps,
            Publisher publisher) {
        Connection connection = new Connection(pipeline.webRtc(maxVideoKbps));
        // The media server's own candidates all go to the page: where the server listens is its
        // configuration. Only the pages' candidates are held to VIVA_ICE_NETWORKS (see candidate()).
        connection.endpoint.onCandidate(candidate -> {
            if (connection.live) {
                page.accept(Outbound.ice(link.source(), candidate.json(), link.screen()));
            }
        });
        if (publisher != null) {
            connection.endpoint.onMediaFlowing(() -> owner.later(this, () -> flowing(publisher, connection)));
        }
        String answer = connection.endpoint.processOffer(sdp);
        page.accept(Outbound.answer(link.source(), answer, link.screen()));
        connection.endpoint.gatherCandidates();
        return connection;
    }

    /** A candidate from a page; held back until the endpoint it is for exists. */
    void candidate(String from, String to, Candidate candidate) {
        candidate(new Link(from, to), candidate);
    }

    void candidate(Link link, Candidate candidate) {
        String from = link.owner();
        if (!pages.containsKey(from) || !owner.settings().candidateAllowed().test(candidate.candidate())) {
            return;
        }
        Map<String, Publisher> published = link.screen() ? screens : publishers;
        Connection connection = link.publishing()
                ? published.containsKey(from) ? published.get(from).endpoint : null
                : receivers.get(link);
        if (connection == null) {
            early.hold(link, candidate);
        } else {
            connection.endpoint.addCandidate(candidate);
        }
    }

    private void applyEarlyCandidates(Link link, Connection connection) {
        early.take(link).forEach(connection.endpoint::addCandidate);
    }

    void stage(RoomStage newStage) {
        stage = newStage;
        if (newStage.closed()) {
            close();
        } else {
            recordIfDue();
        }
    }

    /** Stops the recording (waiting until the file is complete) and releases the pipeline. */
    void close() {
        cancelEmptyTimer();
        stopRecording();
        Pipeline current = forgetMedia();
        if (current != null) {
            quietly(current::release);
        }
        closed = true;
    }

    /** The media server went away: everything on it is gone; pages are told and wait. */
    void lost() {
        if (recording != null && recording.started) {
            owner.report(MediaEvent.Kind.RECORDING_CUT, defenseId, recording.uri);
        }
        recording = null;
        forgetMedia();
        if (!degraded && !pages.isEmpty()) {
            owner.report(MediaEvent.Kind.DEGRADED, defenseId, null);
        }
        degraded = true;
        if (pages.isEmpty()) {
            closed = true; // nobody to rebuild it for
        }
        pages.values().forEach(page -> page.accept(Outbound.media("degraded")));
    }

    /** The media server is back: a new pipeline, and every page publishes and receives anew. */
    void restored() {
        if (!degraded) {
            return;
        }
        degraded = false;
        if (pages.isEmpty()) {
            return;
        }
        ensurePipeline();
        pages.keySet().forEach(this::publisher);
        sharers.forEach(this::screenPublisher);
        recordIfDue();
        owner.report(MediaEvent.Kind.RESTORED, defenseId, null);
        pages.values().forEach(page -> page.accept(Outbound.media("ok")));
    }

    /**
     * Forgets every endpoint and the pipeline (their late events are ignored from now on).
     *
     * @return the pipeline that was forgotten, or null
     */
    private Pipeline forgetMedia() {
        publishers.values().forEach(p -> {
            if (p.endpoint != null) {
                p.endpoint.live = false;
            }
        });
        receivers.values().forEach(c -> c.live = false);
        screens.values().forEach(p -> {
            if (p.endpoint != null) {
                p.endpoint.live = false;
            }
        });
        screens.clear();
        publishers.clear();
        receivers.clear();
        early.clear();
        Pipeline current = pipeline;
        pipeline = null;
        if (current != null) {
            owner.forgetPipeline(this, current);
        }
        return current;
    }

    private void ensurePipeline() {
        if (pipeline == null) {
            pipeline = owner.createPipeline(this);
        }
    }

    private Publisher publisher(String participantId) {
        Publisher existing = publishers.get(participantId);
        if (existing != null) {
            return existing;
        }
        Publisher created = new Publisher(pipeline.passThrough());
        publishers.put(participantId, created);
        if (recording != null) {
            attachToRecording(created);
        }
        return created;
    }

    private void recordIfDue() {
        if (recording != null || pipeline == null || degraded || stage == null || !stage.recorded()) {
            return;
        }
        MediaServer.Hub hub = pipeline.composite();
        Element recorderPort = hub.port();
        String uri = owner.settings().recordingBase() + "/defense-" + defenseId + "-"
                + FILE_TIME.format(owner.clock().instant()) + ".webm";
        MediaServer.Recorder recorder = pipeline.recorder(uri);
        recorderPort.connect(recorder);
        recording = new Recording(hub, recorderPort, recorder, uri);
        LOG.info("defense " + defenseId + " will be recorded to " + uri + " once media flows");
        publishers.values().forEach(this::attachToRecording);
        screens.values().forEach(this::attachToRecording);
        if (publishers.values().stream().anyMatch(p -> p.flowing || p.endpoint != null)) {
            beginRecording();
        }
    }

    private void attachToRecording(Publisher publisher) {
        publisher.hubPort = recording.hub.port();
        publisher.passThrough.connect(publisher.hubPort);
    }

    /** Recording starts once a publisher is connected or media flows, so that the file does not open on nothing. */
    private void flowing(Publisher publisher, Connection connection) {
        if (!connection.live) {
            return;
        }
        publisher.flowing = true;
        LOG.fine("media flows in from a publisher of defense " + defenseId);
        if (recording != null && !recording.started) {
            beginRecording();
        }
    }

    private void beginRecording() {
        recording.recorder.record();
        recording.started = true;
        LOG.info("recording defense " + defenseId + " to " + recording.uri);
        owner.report(MediaEvent.Kind.RECORDING_STARTED, defenseId, recording.uri);
    }

    private void stopRecording() {
        Recording current = recording;
        recording = null;
        if (current == null || !current.started) {
            return;
        }
        try {
            current.recorder.stopAndWait();
            owner.report(MediaEvent.Kind.RECORDING_STOPPED, defenseId, current.uri);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "recording of defense " + defenseId + " did not stop cleanly", e);
            owner.report(MediaEvent.Kind.RECORDING_CUT, defenseId, current.uri);
        }
    }

    private void releasePublisher(Publisher publisher) {
        if (publisher.endpoint != null) {
            release(publisher.endpoint);
        }
        if (publisher.hubPort != null) {
            quietly(publisher.hubPort::release);
        }
        quietly(publisher.passThrough::release);
    }

    private void release(Connection connection) {
        connection.live = false;
        quietly(connection.endpoint::release);
    }

    private void cancelEmptyTimer() {
        if (emptyTimer != null) {
            emptyTimer.run();
            emptyTimer = null;
        }
    }

    /** The empty-room timer fired: closes unless someone came back meanwhile. */
    void emptyGraceOver() {
        emptyTimer = null;
        if (pages.isEmpty()) {
            close();
        }
    }

    List<String> participants() {
        return new ArrayList<>(pages.keySet());
    }

    /** A release that fails (the server already dropped the object) must not stop the others. */
    private static void quietly(Runnable release) {
        try {
            release.run();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "release failed", e);
        }
    }
}
