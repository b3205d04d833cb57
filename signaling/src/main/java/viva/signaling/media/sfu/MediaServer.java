package viva.signaling.media.sfu;

import java.util.List;
import java.util.function.Consumer;

/**
 * The few media server operations the SFU bookkeeping uses. Kurento implements it in production;
 * tests use an in-memory one, since no media server runs in CI. Every call may block on the
 * network, so callers make them off the WebSocket threads.
 */
public interface MediaServer {

    /** Starts talking to the server; the listener hears of every loss and return from now on. */
    void start(ConnectionListener listener);

    boolean connected();

    /** The server's version, for reports; null when unknown. */
    String version();

    Pipeline createPipeline(PipelineTag tag);

    /** Every pipeline on the server tagged by a Viva node (other applications' are never listed). */
    List<TaggedPipeline> taggedPipelines();

    void releasePipeline(String pipelineId);

    void stop();

    interface ConnectionListener {

        void lost();

        /** Connected again (a restarted server has lost every pipeline). */
        void restored();
    }

    record TaggedPipeline(String id, PipelineTag tag) {
    }

    interface Element {

        String id();

        void connect(Element sink);

        void release();
    }

    interface Pipeline {

        String id();

        /** A WebRTC endpoint; a positive {@code maxVideoKbps} caps what a publisher sends. */
        WebRtc webRtc(int maxVideoKbps);

        Element passThrough();

        Hub composite();

        Recorder recorder(String uri);

        void release();
    }

    interface WebRtc extends Element {

        /** Must be set before {@link #gatherCandidates()}, or early candidates are lost. */
        void onCandidate(Consumer<Candidate> listener);

        /** Called once media from the browser arrives. */
        void onMediaFlowing(Runnable listener);

        String processOffer(String sdp);

        void gatherCandidates();

        void addCandidate(Candidate candidate);
    }

    interface Hub extends Element {

        Element port();
    }

    interface Recorder extends Element {

        void record();

        /** Stops and returns once the server reports the file stopped (or a time-out passed). */
        void stopAndWait();
    }
}
