package it.viva.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client in a defense room, keeping every message it receives. */
public final class RoomClient implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final BlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
    private final List<JsonObject> seen = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private volatile String closeReason;
    private WebSocket socket;

    private RoomClient() {
    }

    public static URI address(long defenseId, String ticket) {
        return URI.create(Api.BASE.replaceFirst("^http", "ws") + "/ws/defense/" + defenseId + "?ticket=" + ticket);
    }

    public static RoomClient connect(long defenseId, String ticket) {
        return connect(address(defenseId, ticket));
    }

    /** A room socket at any address, e.g. one node's behind a proxy. */
    public static RoomClient connect(URI address) {
        RoomClient client = new RoomClient();
        client.socket = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(address, client.listener()).join();
        return client;
    }

    /** The HTTP status with which the handshake was refused, or 101 if it was not. */
    public static int handshakeStatus(long defenseId, String ticket) {
        return handshakeStatus(address(defenseId, ticket));
    }

    /** The same for any address, e.g. one whose defense id or ticket is not well-formed. */
    public static int handshakeStatus(URI address) {
        try {
            RoomClient client = new RoomClient();
            client.socket = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(address, client.listener()).join();
            client.close();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    public void send(JsonObject message) {
        send(message.toString());
    }

    /** A binary frame: no part of the protocol, and answered as such. */
    public void sendBinary(byte[] payload) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(payload), true).join();
    }

    /** Sends unless the socket is closed or the send fails; says whether the frame went out. */
    public boolean trySend(String text) {
        if (closed.isDone()) {
            return false;
        }
        try {
            socket.sendText(text, true).get(30, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** The code with which the socket was closed (-1 after an error), or null while it is open. */
    public Integer closeCode() {
        return closed.getNow(null);
    }

    /** The reason given with the close (or the error that ended the socket), or null while it is open. */
    public String closeReason() {
        return closeReason;
    }

    /** Texts from the server that were not one JSON object (the protocol allows none). */
    public synchronized List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    /** The next message of the given type, skipping (and keeping) others; fails after the timeout. */
    public JsonObject await(String type) {
        return await(type, Duration.ofSeconds(10));
    }

    public JsonObject await(String type, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonObject message;
            try {
                message = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            if (message == null) {
                throw new AssertionError("no \"" + type + "\" message within " + timeout + "; saw " + seen);
            }
            if (type.equals(message.getString("type", ""))) {
                return message;
            }
        }
    }

    /** The first message of the type received so far, whether or not await consumed it. */
    public JsonObject first(String type) {
        return seen().stream().filter(m -> type.equals(m.getString("type", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + type + "\" message received"));
    }

    /** Every message received so far (also those skipped by await). */
    public synchronized List<JsonObject> seen() {
        return List.copyOf(seen);
    }

    /** Waits for the server to close the socket and gives the close code. */
    public int awaitClose(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the socket was not closed within " + timeout, e);
        }
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    /** Cuts the connection without a close frame, as a network failure or a killed page would. */
    public void cut() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
            try {
                closed.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                socket.abort();
            }
        }
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String text = partial.toString();
                    partial.setLength(0);
                    JsonObject message;
                    try (var reader = Json.createReader(new StringReader(text))) {
                        message = reader.readObject();
                    } catch (RuntimeException e) {
                        synchronized (RoomClient.this) {
                            unreadable.add(text.length() > 200 ? text.substring(0, 200) + "…" : text);
                        }
                        webSocket.request(1);
                        return null;
                    }
                    synchronized (RoomClient.this) {
                        seen.add(message);
                    }
                    inbox.add(message);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closeReason = reason;
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closeReason = error.toString();
                closed.complete(-1);
            }
        };
    }
}
