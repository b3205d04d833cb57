package viva.signaling.room;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A participant handed over to the node that holds their room: their socket here is relayed,
 * frame by frame both ways, to a socket of this node's own at the holder, opened with their ticket
 * unredeemed so that the holder redeems it. Close codes pass through both ways.
 */
final class RoomRelay implements WebSocket.Listener {

    static final String PROPERTY = "viva.relay";
    private static final Logger LOG = Logger.getLogger(RoomRelay.class.getName());
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final Session session;
    private final StringBuilder parts = new StringBuilder();
    private volatile WebSocket upstream;
    /** Sends to the holder one after the other, as the JDK's socket requires. */
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    private RoomRelay(Session session) {
        this.session = session;
    }

    /** Opens the socket at the holder ({@code nodeUrl}, http or https) and relays the session to it. */
    static void open(Session session, String nodeUrl, long defenseId, String ticket) {
        RoomRelay relay = new RoomRelay(session);
        session.getUserProperties().put(PROPERTY, relay);
        String base = nodeUrl.replaceFirst("^http", "ws").replaceAll("/+$", "");
        URI target = URI.create(base + "/ws/defense/" + defenseId + "?ticket="
                + URLEncoder.encode(ticket, StandardCharsets.UTF_8));
        CLIENT.newWebSocketBuilder().buildAsync(target, relay).whenComplete((socket, failure) -> {
            if (failure != null) {
                LOG.log(Level.INFO, "could not reach the room's node at " + base + ": " + failure.getMessage());
                relay.closeHere(1013, "the room's node is not reachable");
            }
        });
    }

    static RoomRelay of(Session session) {
        return session.getUserProperties().get(PROPERTY) instanceof RoomRelay relay ? relay : null;
    }

    @Override
    public void onOpen(WebSocket socket) {
        upstream = socket;
        socket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        parts.append(data);
        if (last) {
            String text = parts.toString();
            parts.setLength(0);
            try {
                synchronized (session) {
                    session.getBasicRemote().sendText(text);
                }
            } catch (IOException e) {
                socket.abort();
            }
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
        closeHere(code, reason);
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        closeHere(1011, "the room's node went away");
    }

    /** A part of the participant's message, on to the holder. */
    synchronized void send(String part, boolean last) {
        WebSocket socket = upstream;
        if (socket != null) {
            sending = sending.thenCompose(done -> socket.sendText(part, last));
        }
    }

    /** The participant's socket closed: the holder's closes with the same code. */
    synchronized void closed(int code, String reason) {
        WebSocket socket = upstream;
        if (socket != null && !socket.isOutputClosed()) {
            int sendable = code == 1006 || code == 1005 || code == 1015 ? 1001 : code;
            sending = sending.thenCompose(done -> socket.sendClose(sendable, reason == null ? "" : reason))
                    .exceptionally(e -> null);
        }
    }

    private void closeHere(int code, String reason) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code == 1006 ? 1011 : code),
                    reason == null ? "" : reason));
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a relayed socket", e);
        }
    }
}
