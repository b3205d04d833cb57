package viva.signaling.media.kurento;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import java.io.File;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.signaling.RoomStage;
import viva.signaling.MediaEvent;
import viva.signaling.media.IceSettings;
import viva.signaling.media.MediaBroker;
import viva.signaling.media.MediaMessages;
import viva.signaling.media.MediaRefusal;
import viva.signaling.media.sfu.Candidate;
import viva.signaling.media.sfu.SfuRooms;
import viva.signaling.media.sfu.SfuSettings;
import viva.signaling.room.Room;
import viva.signaling.room.Seat;
import viva.signaling.wire.Inbound;
import viva.signaling.wire.MessageTypes;

/**
 * Media through a Kurento Media Server (SFU): each page publishes once and receives each other
 * participant from the server. The page sends {@code offer} with {@code to} = its own id to
 * publish and {@code to} = a publisher's id to receive; see docs/protocol.md.
 */
@ApplicationScoped
@Typed(KurentoMediaBroker.class) // chosen by MediaBrokers, never injected as a MediaBroker directly
public class KurentoMediaBroker implements MediaBroker {

    private static final Logger LOG = Logger.getLogger(KurentoMediaBroker.class.getName());

    @Inject
    @ConfigProperty(name = "kms.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "viva.media.max.video.kbps", defaultValue = "600")
    int maxVideoKbps;

    /** How long a room nobody is in keeps its pipeline (a page reloading comes back in seconds). */
    @Inject
    @ConfigProperty(name = "viva.media.empty.seconds", defaultValue = "30")
    int emptySeconds;

    @Inject
    @ConfigProperty(name = "viva.media.sweep.seconds", defaultValue = "60")
    int sweepSeconds;

    /** This node's name on its pipelines; several nodes may share one media server. */
    @Inject
    @ConfigProperty(name = "viva.media.node")
    Optional<String> node;

    /** The node's name among several (VIVA_NODE_NAME), the default of the name above. */
    @Inject
    @ConfigProperty(name = "viva.node.name")
    Optional<String> nodeName;

    @Inject
    @ConfigProperty(name = "viva.recording.uri")
    Optional<String> recordingUri;

    @Inject
    IceSettings ice;

    @Inject
    Event<MediaEvent> events;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ContextService context;

    private KurentoMediaServer server;
    /** Events go out one after the other, so that a recording's stop is never stored before its start. */
    private CompletionStage<?> reported = CompletableFuture.completedFuture(null);
    private SfuRooms rooms;
    private Executor inApplication;
    private ScheduledFuture<?> sweeps;

    @PostConstruct
    void start() {
        String base = recordingBase();
        SfuSettings settings = new SfuSettings(node.filter(n -> !n.isBlank())
                .or(() -> nodeName.filter(n -> !n.isBlank())).orElseGet(KurentoMediaBroker::hostName),
                maxVideoKbps, Duration.ofSeconds(emptySeconds), base, line -> ice.networks().allows(line));
        server = new KurentoMediaServer(url.orElseThrow(), KurentoIce.from(ice.servers()), scheduler);
        // Media server callbacks come on kurento-client's own threads, which know nothing of the
        // application; every room task runs in the application's context captured here, so that
        // the events it fires reach observers that use transactions.
        inApplication = context.createContextualProxy((Executor) Runnable::run, Executor.class);
        Executor roomTasks = task -> inApplication.execute(() -> executor.execute(task));
        rooms = new SfuRooms(server, settings, roomTasks, (delay, task) -> {
            ScheduledFuture<?> future = scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        }, this::report, clock);
        rooms.start();
        sweeps = scheduler.scheduleWithFixedDelay(rooms::sweepQuietly, sweepSeconds, sweepSeconds,
                TimeUnit.SECONDS);
        LOG.info("media through Kurento at " + server.url() + "; recordings under " + base);
    }

    private synchronized void report(MediaEvent event) {
        reported = reported.handle((done, failure) -> null).thenCompose(x -> {
            List<CompletionStage<MediaEvent>> fired = new ArrayList<>(1);
            inApplication.execute(() -> fired.add(events.fireAsync(event)));
            return fired.get(0);
        });
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
        rooms.stop();
    }

    /** VIVA_RECORDING_URI, else a folder beside the database; a local folder is made if missing. */
    private String recordingBase() {
        String base = recordingUri.filter(u -> !u.isBlank())
                .orElseGet(() -> "file://" + new File(System.getProperty("user.dir"), "viva-recordings").getAbsolutePath());
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (base.startsWith("file://")) {
            File folder = new File(URI.create(base).getPath());
            if (!folder.isDirectory() && !folder.mkdirs()) {
                LOG.warning("cannot make the recording folder " + folder);
            }
        }
        return base;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "viva";
        }
    }

    @Override
    public String kind() {
        return "sfu";
    }

    @Override
    public JsonArray iceServers() {
        return ice.servers();
    }

    @Override
    public void entered(Room room, Seat seat) {
        rooms.enter(room.defenseId(), seat.participant().id(), seat::send, room.stage());
    }

    @Override
    public void left(Room room, Seat seat) {
        rooms.leave(room.defenseId(), seat.participant().id());
    }

    @Override
    public void shareStarted(Room room, Seat seat) {
        rooms.shareStarted(room.defenseId(), seat.participant().id());
    }

    @Override
    public void shareEnded(Room room, String participantId) {
        rooms.shareEnded(room.defenseId(), participantId);
    }

    @Override
    public void stageChanged(Room room, RoomStage stage) {
        rooms.stage(room.defenseId(), stage);
    }

    @Override
    public void signal(Room room, Seat from, Inbound message) throws MediaRefusal {
        MediaMessages.requireInRoom(from);
        String self = from.participant().id();
        String to = MediaMessages.to(message, "your own id to publish, or whom to receive");
        if (!to.equals(self) && room.find(to).filter(Seat::inRoom).isEmpty()) {
            throw MediaMessages.nobody(to);
        }
        // A screen is a publication of its own: its sharer publishes it, and viewers receive it, with
        // the same "to" as a camera's and "stream": "screen".
        boolean screen = MediaMessages.screen(message, room, to);
        switch (message.type()) {
            case MessageTypes.OFFER -> {
                String sdp = MediaMessages.sdp(message);
                if (screen) {
                    rooms.screenOffer(room.defenseId(), self, to, sdp);
                } else {
                    rooms.offer(room.defenseId(), self, to, sdp);
                }
            }
            case MessageTypes.ICE -> {
                Candidate parsed = Candidate.from(MediaMessages.candidate(message));
                if (parsed != null && screen) {
                    rooms.screenCandidate(room.defenseId(), self, to, parsed);
                } else if (parsed != null) {
                    rooms.candidate(room.defenseId(), self, to, parsed);
                }
            }
            default -> throw new MediaRefusal("unexpected_answer",
                    "With a media server the page offers and the server answers; it never sends an answer.");
        }
    }

    @Override
    public Optional<String> unavailable() {
        return rooms.unavailable().map(reason -> reason + " (" + server.url() + ")");
    }
}
