package viva.floor;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The floor of signaling: each text frame goes, unchanged, to the open socket whose id its
 * {@code "to"} field names. No tickets, no room, no checks, no parsing beyond finding that field;
 * a frame for nobody is dropped. Whatever Viva's relay costs above this is Viva's own.
 */
@ServerEndpoint("/relay/{id}")
public class RelaySocket {

    private static final Map<String, Session> OPEN = new ConcurrentHashMap<>();
    private static final String TO = "\"to\":\"";

    @OnOpen
    public void open(Session session, @PathParam("id") String id) {
        session.setMaxIdleTimeout(0);
        session.setMaxTextMessageBufferSize(1 << 20);
        OPEN.put(id, session);
    }

    @OnMessage
    public void relay(String frame, Session from) throws IOException {
        Session to = OPEN.get(recipient(frame));
        if (to == null) {
            return;
        }
        // The container allows one write at a time per socket; senders to the same socket take turns.
        synchronized (to) {
            if (to.isOpen()) {
                to.getBasicRemote().sendText(frame);
            }
        }
    }

    @OnClose
    public void close(Session session, @PathParam("id") String id) {
        OPEN.remove(id, session);
    }

    static String recipient(String frame) {
        int at = frame.indexOf(TO);
        if (at < 0) {
            return "";
        }
        int from = at + TO.length();
        int end = frame.indexOf('"', from);
        return end < 0 ? "" : frame.substring(from, end);
    }
}
