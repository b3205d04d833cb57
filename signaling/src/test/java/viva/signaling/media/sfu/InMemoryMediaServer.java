package viva.signaling.media.sfu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The media server port in memory: it keeps the objects a real server would hold, writes down every
 * call in order ("kind:id verb ..."), and lets a test drop and restore the connection or plant
 * pipelines (an orphan, another application's) as a shared server would have them.
 */
final class InMemoryMediaServer implements MediaServer {

    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final Map<String, FakePipeline> pipelines = new LinkedHashMap<>();
    /** Pipelines of other applications: on the server, but with no Viva tag. */
    final List<String> foreign = new ArrayList<>();
    private ConnectionListener listener;
    private boolean connected = true;
    private int next;

    @Override
    public void start(ConnectionListener listener) {
        this.listener = listener;
    }

    void lose() {
        connected = false;
        pipelines.clear();
        listener.lost();
    }

    void restore() {
        connected = true;
        listener.restored();
    }

    @Override
    public boolean connected() {
        return connected;
    }

    @Override
    public String version() {
        return "in-memory";
    }

    @Override
    public Pipeline createPipeline(PipelineTag tag) {
        check();
        FakePipeline pipeline = new FakePipeline("pipeline-" + ++next, tag);
        pipelines.put(pipeline.id, pipeline);
        calls.add(pipeline.id + " create");
        return pipeline;
    }

    /** Plants a pipeline that no open room holds, as a crash would leave it. */
    String plant(PipelineTag tag) {
        FakePipeline pipeline = new FakePipeline("pipeline-" + ++next, tag);
        pipelines.put(pipeline.id, pipeline);
        return pipeline.id;
    }

    @Override
    public List<TaggedPipeline> taggedPipelines() {
        check();
        return pipelines.values().stream().map(p -> new TaggedPipeline(p.id, p.tag)).toList();
    }

    @Override
    public void releasePipeline(String pipelineId) {
        check();
        FakePipeline pipeline = pipelines.get(pipelineId);
        if (pipeline != null) {
            pipeline.release();
        }
    }

    @Override
    public void stop() {
        connected = false;
    }

    /** Endpoints alive on the server, in all pipelines. */
    int liveWebRtc() {
        return pipelines.values().stream().mapToInt(p -> (int) p.elements.values().stream()
                .filter(e -> e instanceof FakeWebRtc && e.live).count()).sum();
    }

    List<FakeWebRtc> webRtcs() {
        return pipelines.values().stream().flatMap(p -> p.elements.values().stream())
                .filter(e -> e instanceof FakeWebRtc).map(e -> (FakeWebRtc) e).toList();
    }

    private void check() {
        if (!connected) {
            throw new IllegalStateException("not connected");
        }
    }

    final class FakePipeline implements Pipeline {
        final String id;
        final PipelineTag tag;
        final Map<String, FakeElement> elements = new LinkedHashMap<>();

        FakePipeline(String id, PipelineTag tag) {
            this.id = id;
            this.tag = tag;
        }

        private <T extends FakeElement> T add(T element) {
            check();
            elements.put(element.id, element);
            calls.add(element.id + " create");
            return element;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public WebRtc webRtc(int maxVideoKbps) {
            return add(new FakeWebRtc(id + "/webrtc-" + ++next, maxVideoKbps));
        }

        @Override
        public Element passThrough() {
            return add(new FakeElement(id + "/passthrough-" + ++next));
        }

        @Override
        public Hub composite() {
            FakePipeline self = this;
            class FakeHub extends FakeElement implements Hub {
                FakeHub(String id) {
                    super(id);
                }

                @Override
                public Element port() {
                    return self.add(new FakeElement(self.id + "/hubport-" + ++next));
                }
            }
            return add(new FakeHub(id + "/composite-" + ++next));
        }

        @Override
        public Recorder recorder(String uri) {
            return add(new FakeRecorder(id + "/recorder-" + ++next, uri));
        }

        @Override
        public void release() {
            check();
            elements.values().forEach(e -> e.live = false);
            pipelines.remove(id);
            calls.add(id + " release");
        }
    }

    class FakeElement implements Element {
        final String id;
        final List<String> sinks = new ArrayList<>();
        boolean live = true;

        FakeElement(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public void connect(Element sink) {
            check();
            sinks.add(sink.id());
            calls.add(id + " connect " + sink.id());
        }

        @Override
        public void release() {
            check();
            live = false;
            calls.add(id + " release");
        }
    }

    final class FakeWebRtc extends FakeElement implements WebRtc {
        final int maxVideoKbps;
        final List<Candidate> added = new ArrayList<>();
        Consumer<Candidate> candidateListener;
        Runnable flowing;
        String offer;

        FakeWebRtc(String id, int maxVideoKbps) {
            super(id);
            this.maxVideoKbps = maxVideoKbps;
        }

        @Override
        public void onCandidate(Consumer<Candidate> listener) {
            calls.add(id + " listen");
            candidateListener = listener;
        }

        @Override
        public void onMediaFlowing(Runnable listener) {
            flowing = listener;
        }

        @Override
        public String processOffer(String sdp) {
            check();
            calls.add(id + " processOffer");
            offer = sdp;
            return "answer-to:" + sdp;
        }

        @Override
        public void gatherCandidates() {
            check();
            calls.add(id + " gather");
            // A real server finds its candidates from now on; one is enough to see it reach the page.
            candidateListener.accept(new Candidate("candidate:1 1 udp 2122 127.0.0.1 40000 typ host", "0", 0));
        }

        @Override
        public void addCandidate(Candidate candidate) {
            check();
            if (offer == null) {
                throw new IllegalStateException("a candidate before the offer");
            }
            added.add(candidate);
        }
    }

    final class FakeRecorder extends FakeElement implements Recorder {
        final String uri;
        boolean recording;
        boolean stopped;

        FakeRecorder(String id, String uri) {
            super(id);
            this.uri = uri;
        }

        @Override
        public void record() {
            check();
            recording = true;
            calls.add(id + " record");
        }

        @Override
        public void stopAndWait() {
            check();
            recording = false;
            stopped = true;
            calls.add(id + " stopAndWait");
        }
    }
}
