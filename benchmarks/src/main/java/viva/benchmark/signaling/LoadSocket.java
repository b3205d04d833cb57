package viva.benchmark.signaling;

import it.viva.support.RoomClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongFunction;

/**
 * One participant's room socket as the load generator plays it: it sends what a page sends, in
 * order (one frame at a time, as the JDK client requires), and reads only as much of each message
 * as the measurement needs.
 */
final class LoadSocket implements WebSocket.Listener {

    private final LoadRoom room;
    private final Tally tally;
    private final CompletableFuture<String> welcome = new CompletableFuture<>();
    private final ConcurrentLinkedQueue<Long> pings = new ConcurrentLinkedQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    private volatile boolean closing;
    private WebSocket socket;
    private String id;
    private boolean floor;

    private LoadSocket(LoadRoom room, Tally tally) {
        this.room = room;
        this.tally = tally;
    }

    /** Opens the socket with the ticket and waits for the welcome; returns it with its participant id. */
    static LoadSocket open(HttpClient client, LoadRoom room, Tally tally, String ticket) throws Exception {
        LoadSocket s = new LoadSocket(room, tally);
        s.socket = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(60))
                .buildAsync(RoomClient.address(room.defenseId(), ticket), s).get();
        s.id = s.welcome.get(60, java.util.concurrent.TimeUnit.SECONDS);
        return s;
    }

    /**
     * A socket of the relay floor (the floor WAR's {@code /floor/relay/ID}): no ticket, no welcome;
     * its frames name their sender themselves, as the bare relay adds nothing.
     */
    static LoadSocket openFloor(HttpClient client, LoadRoom room, Tally tally, String id) throws Exception {
        LoadSocket s = new LoadSocket(room, tally);
        s.floor = true;
        s.id = id;
        s.socket = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(60))
                .buildAsync(java.net.URI.create(it.viva.support.Api.BASE.replaceFirst("^http", "ws")
                        + "/floor/relay/" + id), s).get();
        return s;
    }

    String id() {
        return id;
    }

    /**
     * Queues a frame; its text is made when it goes out, from the System.nanoTime of that moment,
     * so that time spent waiting behind this socket's earlier frames is not counted as relay time.
     */
    synchronized void send(LongFunction<String> text, Runnable sent) {
        tail = tail.thenCompose(x -> {
            if (closing) {
                return CompletableFuture.completedFuture(null);
            }
            String frame = text.apply(System.nanoTime());
            return socket.sendText(floor ? "{\"from\":\"" + id + "\"," + frame.substring(1) : frame, true)
                    .thenRun(sent);
        }).exceptionally(e -> {
            if (!closing) {
                tally.sendFailures.incrementAndGet();
                tally.problem("send failed on " + id + ": " + e);
            }
            return null;
        });
    }

    void ping() {
        send(now -> {
            pings.add(now);
            return "{\"type\":\"ping\"}";
        }, tally.pingsSent::incrementAndGet);
    }

    void close() {
        closing = true;
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
    }

    void abort() {
        closing = true;
        socket.abort();
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (!last) {
            partial.append(data);
            return null;
        }
        long now = System.nanoTime();
        String text;
        if (partial.isEmpty()) {
            text = data.toString();
        } else {
            text = partial.append(data).toString();
            partial.setLength(0);
        }
        String type = field(text, "type");
        switch (type) {
            case "offer", "answer", "ice" -> {
                long sent = Messages.timestamp(text);
                if (sent == 0) {
                    tally.problem("no timestamp in " + Messages.clip(text));
                } else {
                    tally.relay.record(now - sent);
                }
                tally.relaysReceived.incrementAndGet();
                if (type.equals("offer")) {
                    room.answer(this, field(text, "from"));
                }
            }
            case "stage" -> {
                long sent = room.stageSentAt(field(text, "stage"));
                if (sent != 0) {
                    tally.stage.record(now - sent);
                } else {
                    tally.problem("a stage message nobody sent: " + Messages.clip(text));
                }
            }
            case "pong" -> {
                Long sent = pings.poll();
                if (sent != null) {
                    tally.ping.record(now - sent);
                }
            }
            case "welcome" -> welcome.complete(json(text).getJsonObject("you").getString("id"));
            case "admitted" -> room.admitted(this, json(text).getJsonArray("participants").stream()
                    .map(p -> p.asJsonObject().getString("id")).toList());
            case "error" -> {
                tally.errors.incrementAndGet();
                tally.problem("error to " + id + ": " + Messages.clip(text));
            }
            default -> {
                // joined, left, waiting, voted: nothing to measure
            }
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (!closing) {
            tally.unexpectedCloses.incrementAndGet();
            tally.problem("socket " + id + " closed by the server: " + statusCode + " " + reason);
        }
        welcome.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (!closing) {
            tally.unexpectedCloses.incrementAndGet();
            tally.problem("socket " + id + " failed: " + error);
        }
        welcome.completeExceptionally(error);
    }

    /** A top-level string field of a message the server wrote (no whitespace, field names quoted). */
    static String field(String text, String name) {
        String key = "\"" + name + "\":\"";
        int at = text.indexOf(key);
        if (at < 0) {
            return "";
        }
        int from = at + key.length();
        return text.substring(from, text.indexOf('"', from));
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    static List<String> ids(List<LoadSocket> sockets) {
        return sockets.stream().map(LoadSocket::id).toList();
    }
}
