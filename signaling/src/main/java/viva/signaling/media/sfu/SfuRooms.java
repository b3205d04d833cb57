package viva.signaling.media.sfu;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import viva.signaling.RoomStage;
import viva.signaling.MediaEvent;
import viva.signaling.SerialQueue;
import viva.signaling.media.sfu.MediaServer.Pipeline;
import viva.signaling.media.sfu.MediaServer.TaggedPipeline;
import viva.signaling.wire.Outbound;

/**
 * The media of every open room on one media server. Each room's work runs on its own queue, off
 * the WebSocket threads; pipelines are created under one lock that the orphan sweep shares, so
 * that the sweep never mistakes a pipeline being born for an orphan.
 */
public final class SfuRooms implements MediaServer.ConnectionListener {

    private static final Logger LOG = Logger.getLogger(SfuRooms.class.getName());

    /** Runs a task after a delay; the returned action cancels it. */
    public interface Timer {
        Runnable schedule(Duration delay, Runnable task);
    }

    private record Entry(SfuRoom room, SerialQueue queue) {
    }

    private final MediaServer server;
    private final SfuSettings settings;
    private final Executor executor;
    private final Timer timer;
    private final Consumer<MediaEvent> events;
    private final Clock clock;
    private final Map<Long, Entry> rooms = new ConcurrentHashMap<>();
    /** Pipeline id → defense, for the pipelines that open rooms hold. */
    private final Map<String, Long> ours = new ConcurrentHashMap<>();
    private final ReentrantLock pipelineLock = new ReentrantLock();

    public SfuRooms(MediaServer server, SfuSettings settings, Executor executor, Timer timer,
            Consumer<MediaEvent> events, Clock clock) {
        this.server = server;
        this.settings = settings;
        this.executor = executor;
        this.timer = timer;
        this.events = events;
        this.clock = clock;
    }

    public void start() {
        server.start(this);
    }

    public void enter(long defenseId, String participantId, Consumer<Outbound> page, RoomStage stage) {
        later(defenseId, room -> room.enter(participantId, page, stage));
    }

    public void leave(long defenseId, String participantId) {
        Entry entry = rooms.get(defenseId);
        if (entry != null) {
            run(entry, room -> room.leave(participantId));
        }
    }

    public void offer(long defenseId, String from, String to, String sdp) {
        later(defenseId, room -> room.offer(from, to, sdp));
    }

    public void candidate(long defenseId, String from, String to, Candidate candidate) {
        later(defenseId, room -> room.candidate(from, to, candidate));
    }

    /** An offer for a shared screen's connection: the sharer's own ({@code to} = from) or a viewer's. */
    public void screenOffer(long defenseId, String from, String to, String sdp) {
        later(defenseId, room -> room.offer(new Link(from, to, true), sdp));
    }

    public void screenCandidate(long defenseId, String from, String to, Candidate candidate) {
        later(defenseId, room -> room.candidate(new Link(from, to, true), candidate));
    }

    public void shareStarted(long defenseId, String participantId) {
        later(defenseId, room -> room.shareStarted(participantId));
    }

    public void shareEnded(long defenseId, String participantId) {
        Entry entry = rooms.get(defenseId);
        if (entry != null) {
            run(entry, room -> room.shareEnded(participantId));
        }
    }

    public void stage(long defenseId, RoomStage stage) {
        Entry entry = rooms.get(defenseId);
        if (entry != null) {
            run(entry, room -> room.stage(stage));
        }
    }

    @Override
    public void lost() {
        LOG.warning("the media server connection is lost; rooms are degraded until it is back");
        rooms.values().forEach(entry -> run(entry, SfuRoom::lost));
    }

    @Override
    public void restored() {
        LOG.info("the media server is connected; rebuilding the rooms' media");
        rooms.values().forEach(entry -> run(entry, SfuRoom::restored));
        executor.execute(this::sweepQuietly);
    }

    /**
     * Releases this node's pipelines that no open room holds (left by a crash, a lost connection
     * or a bug). Pipelines of other nodes and of other applications are never touched.
     *
     * @return how many were released
     */
    public int sweep() {
        if (!server.connected()) {
            return 0;
        }
        var listed = server.taggedPipelines();
        int released = 0;
        pipelineLock.lock();
        try {
            for (TaggedPipeline pipeline : listed) {
                if (settings.node().equals(pipeline.tag().node()) && !ours.containsKey(pipeline.id())) {
                    LOG.info("releasing orphan pipeline " + pipeline.id() + " of defense " + pipeline.tag().defenseId());
                    try {
                        server.releasePipeline(pipeline.id());
                        released++;
                    } catch (RuntimeException e) {
                        LOG.log(Level.FINE, "orphan already gone", e);
                    }
                }
            }
        } finally {
            pipelineLock.unlock();
        }
        return released;
    }

    /** The periodic sweep: a failure is logged, and the next run tries again. */
    public void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "orphan sweep failed: " + e);
        }
    }

    /** Why the media is unavailable, or empty when the media server answers. */
    public Optional<String> unavailable() {
        return server.connected() ? Optional.empty() : Optional.of("the media server does not answer");
    }

    public boolean degraded(long defenseId) {
        Entry entry = rooms.get(defenseId);
        return entry != null && entry.room().degraded();
    }

    /** Endpoints the room holds now (publishers' and receivers'). */
    public int endpointCount(long defenseId) {
        Entry entry = rooms.get(defenseId);
        return entry == null ? 0 : entry.room().endpointCount();
    }

    public int bufferedCandidates(long defenseId) {
        Entry entry = rooms.get(defenseId);
        return entry == null ? 0 : entry.room().bufferedCandidates();
    }

    public Optional<String> pipelineId(long defenseId) {
        Entry entry = rooms.get(defenseId);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.room().pipelineId());
    }

    /**
     * Stops talking to the media server. Pipelines are left as they are: at shutdown the executor may
     * refuse work, and the next start's sweep releases whatever this node left behind.
     */
    public void stop() {
        server.stop();
    }

    // --- for SfuRoom ---

    MediaServer server() {
        return server;
    }

    SfuSettings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    Pipeline createPipeline(SfuRoom room) {
        pipelineLock.lock();
        try {
            Pipeline pipeline = server.createPipeline(new PipelineTag(settings.node(), room.defenseId()));
            ours.put(pipeline.id(), room.defenseId());
            return pipeline;
        } finally {
            pipelineLock.unlock();
        }
    }

    void forgetPipeline(SfuRoom room, Pipeline pipeline) {
        pipelineLock.lock();
        try {
            ours.remove(pipeline.id());
        } finally {
            pipelineLock.unlock();
        }
    }

    void report(MediaEvent.Kind kind, long defenseId, String location) {
        try {
            events.accept(new MediaEvent(kind, defenseId, location, clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not report " + kind + " of defense " + defenseId, e);
        }
    }

    /** A media server callback (its own thread) continues on the room's queue. */
    void later(SfuRoom room, Runnable task) {
        Entry entry = rooms.get(room.defenseId());
        if (entry != null && entry.room() == room) {
            run(entry, r -> task.run());
        }
    }

    Runnable afterEmptyGrace(SfuRoom room) {
        return timer.schedule(settings.emptyGrace(), () -> later(room, room::emptyGraceOver));
    }

    private void later(long defenseId, Consumer<SfuRoom> task) {
        Entry entry = rooms.computeIfAbsent(defenseId, id -> new Entry(new SfuRoom(id, this), new SerialQueue(executor)));
        run(entry, task);
    }

    private void run(Entry entry, Consumer<SfuRoom> task) {
        entry.queue().submit(() -> {
            task.accept(entry.room());
            // A closed room nobody is in is forgotten; the next join starts a new one.
            if (entry.room().closed() && !entry.room().hasPages()) {
                rooms.remove(entry.room().defenseId(), entry);
            }
        });
    }
}
