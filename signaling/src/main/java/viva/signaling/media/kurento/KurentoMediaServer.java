package viva.signaling.media.kurento;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kurento.client.Composite;
import org.kurento.client.HubPort;
import org.kurento.client.IceCandidate;
import org.kurento.client.KurentoClient;
import org.kurento.client.KurentoConnectionListener;
import org.kurento.client.MediaElement;
import org.kurento.client.MediaFlowState;
import org.kurento.client.MediaPipeline;
import org.kurento.client.MediaProfileSpecType;
import org.kurento.client.PassThrough;
import org.kurento.client.RecorderEndpoint;
import org.kurento.client.Tag;
import org.kurento.client.WebRtcEndpoint;
import viva.signaling.media.sfu.Candidate;
import viva.signaling.media.sfu.MediaServer;
import viva.signaling.media.sfu.PipelineTag;

/**
 * The media server port on a Kurento Media Server, through kurento-client. It keeps one client;
 * when the connection drops it reports the loss and connects anew every few seconds until the
 * server (the same one, or a restarted one) answers.
 */
public final class KurentoMediaServer implements MediaServer {

    private static final Logger LOG = Logger.getLogger(KurentoMediaServer.class.getName());
    private static final long RETRY_SECONDS = 3;
    private static final long STOP_WAIT_SECONDS = 15;

    private final String url;
    private final KurentoIce ice;
    private final ScheduledExecutorService retries;
    private volatile KurentoClient client;
    private volatile boolean connected;
    private volatile boolean stopped;
    private ConnectionListener listener;

    public KurentoMediaServer(String url, KurentoIce ice, ScheduledExecutorService retries) {
        this.url = url;
        this.ice = ice;
        this.retries = retries;
    }

    public String url() {
        return url;
    }

    @Override
    public void start(ConnectionListener listener) {
        this.listener = listener;
        retries.execute(this::connect);
    }

    private synchronized void connect() {
        if (stopped || connected) {
            return;
        }
        try {
            KurentoClient fresh = KurentoClient.create(url, new Watch());
            client = fresh;
            connected = true;
            LOG.info("connected to the media server at " + url + " (Kurento " + version() + ")");
            listener.restored();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "media server at " + url + " does not answer: " + e);
            retries.schedule(this::connect, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** The connection went away: everything on the server is out of reach until it is back. */
    private void lose() {
        synchronized (this) {
            if (!connected) {
                return;
            }
            connected = false;
        }
        LOG.warning("lost the media server at " + url);
        KurentoClient old = client;
        retries.execute(() -> {
            try {
                old.destroy();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "destroying the lost client", e);
            }
        });
        listener.lost();
        retries.schedule(this::connect, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    /** kurento-client's view of the connection. */
    private final class Watch implements KurentoConnectionListener {

        @Override
        public void connected() {
            // Seen in connect(), where the client is created.
        }

        @Override
        public void connectionFailed() {
            lose();
        }

        @Override
        public void disconnected() {
            lose();
        }

        @Override
        public void reconnected(boolean sameServer) {
            // kurento-client came back on its own; the rooms are rebuilt either way, since a lost
            // connection may have cost events that the pages' state depended on.
            synchronized (KurentoMediaServer.this) {
                if (connected || stopped) {
                    return;
                }
                connected = true;
            }
            listener.restored();
        }
    }

    @Override
    public boolean connected() {
        return connected;
    }

    @Override
    public String version() {
        try {
            return connected ? client.getServerManager().getInfo().getVersion() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public Pipeline createPipeline(PipelineTag tag) {
        MediaPipeline pipeline = client.createMediaPipeline();
        pipeline.addTag(PipelineTag.NODE_KEY, tag.node());
        pipeline.addTag(PipelineTag.DEFENSE_KEY, Long.toString(tag.defenseId()));
        return new KurentoPipeline(pipeline);
    }

    @Override
    public List<TaggedPipeline> taggedPipelines() {
        List<TaggedPipeline> tagged = new ArrayList<>();
        for (MediaPipeline pipeline : client.getServerManager().getPipelines()) {
            String node = null;
            long defense = -1;
            for (Tag t : pipeline.getTags()) {
                if (PipelineTag.NODE_KEY.equals(t.getKey())) {
                    node = t.getValue();
                } else if (PipelineTag.DEFENSE_KEY.equals(t.getKey())) {
                    defense = parse(t.getValue());
                }
            }
            if (node != null) {
                tagged.add(new TaggedPipeline(pipeline.getId(), new PipelineTag(node, defense)));
            }
        }
        return tagged;
    }

    private static long parse(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void releasePipeline(String pipelineId) {
        client.getById(pipelineId, MediaPipeline.class).release();
    }

    @Override
    public synchronized void stop() {
        stopped = true;
        connected = false;
        if (client != null) {
            client.destroy();
        }
    }

    private final class KurentoPipeline implements Pipeline {

        private final MediaPipeline pipeline;

        KurentoPipeline(MediaPipeline pipeline) {
            this.pipeline = pipeline;
        }

        @Override
        public String id() {
            return pipeline.getId();
        }

        @Override
        public WebRtc webRtc(int maxVideoKbps) {
            WebRtcEndpoint endpoint = new WebRtcEndpoint.Builder(pipeline).build();
            if (maxVideoKbps > 0) {
                // What the endpoint lets a publisher send it (REMB and b=AS in the answer).
                endpoint.setMaxVideoRecvBandwidth(maxVideoKbps);
            }
            ice.applyTo(endpoint);
            return new KurentoWebRtc(endpoint);
        }

        @Override
        public Element passThrough() {
            return new KurentoElement(new PassThrough.Builder(pipeline).build());
        }

        @Override
        public Hub composite() {
            Composite composite = new Composite.Builder(pipeline).build();
            return new Hub() {
                @Override
                public Element port() {
                    return new KurentoElement(new HubPort.Builder(composite).build());
                }

                @Override
                public String id() {
                    return composite.getId();
                }

                @Override
                public void connect(Element sink) {
                    throw new UnsupportedOperationException("a hub connects through its ports");
                }

                @Override
                public void release() {
                    composite.release();
                }
            };
        }

        @Override
        public Recorder recorder(String uri) {
            RecorderEndpoint recorder = new RecorderEndpoint.Builder(pipeline, uri)
                    .withMediaProfile(MediaProfileSpecType.WEBM).build();
            return new KurentoRecorder(recorder);
        }

        @Override
        public void release() {
            pipeline.release();
        }
    }

    private static class KurentoElement implements Element {

        final MediaElement element;

        KurentoElement(MediaElement element) {
            this.element = element;
        }

        @Override
        public String id() {
            return element.getId();
        }

        @Override
        public void connect(Element sink) {
            element.connect(((KurentoElement) sink).element);
        }

        @Override
        public void release() {
            element.release();
        }
    }

    private static final class KurentoWebRtc extends KurentoElement implements WebRtc {

        private final WebRtcEndpoint endpoint;

        KurentoWebRtc(WebRtcEndpoint endpoint) {
            super(endpoint);
            this.endpoint = endpoint;
        }

        @Override
        public void onCandidate(Consumer<Candidate> listener) {
            endpoint.addIceCandidateFoundListener(event -> {
                IceCandidate c = event.getCandidate();
                listener.accept(new Candidate(c.getCandidate(), c.getSdpMid(), c.getSdpMLineIndex()));
            });
        }

        @Override
        public void onMediaFlowing(Runnable listener) {
            AtomicBoolean told = new AtomicBoolean();
            endpoint.addMediaFlowInStateChangedListener(event -> {
                if (event.getState() == MediaFlowState.FLOWING && told.compareAndSet(false, true)) {
                    listener.run();
                }
            });
        }

        @Override
        public String processOffer(String sdp) {
            return endpoint.processOffer(sdp);
        }

        @Override
        public void gatherCandidates() {
            endpoint.gatherCandidates();
        }

        @Override
        public void addCandidate(Candidate candidate) {
            endpoint.addIceCandidate(new IceCandidate(candidate.candidate(), candidate.sdpMid(),
                    candidate.sdpMLineIndex()));
        }
    }

    private static final class KurentoRecorder extends KurentoElement implements Recorder {

        private final RecorderEndpoint recorder;
        private final CountDownLatch stoppedEvent = new CountDownLatch(1);

        KurentoRecorder(RecorderEndpoint recorder) {
            super(recorder);
            this.recorder = recorder;
            recorder.addStoppedListener(event -> stoppedEvent.countDown());
        }

        @Override
        public void record() {
            recorder.record();
        }

        /** The file is only complete (its WEBM cues written) once the server says it stopped. */
        @Override
        public void stopAndWait() {
            recorder.stopAndWait();
            try {
                if (!stoppedEvent.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warning("no stopped event from recorder " + recorder.getId() + " within "
                            + STOP_WAIT_SECONDS + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
