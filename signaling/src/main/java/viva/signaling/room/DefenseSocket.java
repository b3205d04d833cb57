package viva.signaling.room;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import viva.signaling.Admission;
import viva.signaling.Entry;
import viva.signaling.wire.Inbound;
import viva.signaling.wire.InboundDecoder;
import viva.signaling.wire.Outbound;
import viva.signaling.wire.OutboundEncoder;

/**
 * The defense room's socket: /ws/defense/{id}?ticket=T (docs/protocol.md). A dependent CDI bean,
 * one per connection, so that the container injects it like any other bean.
 */
@Dependent
@ServerEndpoint(value = "/ws/defense/{id}", encoders = OutboundEncoder.class)
public class DefenseSocket {

    /** Above this the socket is closed with 1009; below it, the decoder's own 64 KiB check answers. */
    static final int CONTAINER_LIMIT = 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(DefenseSocket.class.getName());

    private final InboundDecoder decoder = new InboundDecoder();
    /** The parts of a message that has not ended yet; one socket, one bean, one message at a time. */
    private final StringBuilder parts = new StringBuilder();
    /** The bytes of a binary message that has not ended yet: counted, never kept. */
    private long binaryBytes;
    private boolean tooBig;

    @Inject
    RoomRegistry rooms;

    @Inject
    RoomDispatcher dispatcher;

    @Inject
    PendingEntries pending;

    @Inject
    Admission admission;

    @Inject
    Clock clock;

    @OnOpen
    public void open(Session session, @PathParam("id") String id) throws IOException {
        session.setMaxTextMessageBufferSize(CONTAINER_LIMIT);
        List<String> tickets = session.getRequestParameterMap().getOrDefault("ticket", List.of());
        String ticket = tickets.isEmpty() ? null : tickets.get(0);
        Optional<String> holder = pending.takeRelay(ticket, clock.instant());
        if (holder.isPresent()) {
            RoomRelay.open(session, holder.get(), Long.parseLong(id), ticket);
            return;
        }
        Optional<Entry> entry = pending.take(ticket, clock.instant());
        if (entry.isEmpty() && ticket != null && id.matches("\\d{1,18}")) {
            // The handshake filter redeems tickets; this covers a container that skipped it.
            entry = admission.redeem(Long.parseLong(id), ticket);
        }
        if (entry.isEmpty() || entry.get().participant().defenseId() != Long.parseLong(id)) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "invalid ticket"));
            return;
        }
        session.getUserProperties().put("defenseId", entry.get().participant().defenseId());
        rooms.enter(entry.get(), session);
    }

    /**
     * Takes a message part by part, so that its size is known before it is whole: Liberty checks
     * its message limit on each frame, and a message sent in many frames (as Java's own client
     * sends a large one) reached the decoder whatever its size.
     */
    @OnMessage(maxMessageSize = CONTAINER_LIMIT)
    public void part(Session session, String part, boolean last) throws IOException {
        RoomRelay relay = RoomRelay.of(session);
        if (relay != null) {
            relay.send(part, last); // the holder checks sizes and floods
            return;
        }
        if (tooBig) {
            return; // the rest of a message that closed the socket
        }
        if (parts.length() + part.length() > CONTAINER_LIMIT) {
            parts.setLength(0);
            closeTooBig(session);
            return;
        }
        parts.append(part);
        if (last) {
            String text = parts.toString();
            parts.setLength(0);
            RelayEvent.read();
            try {
                message(session, decoder.decode(text));
            } finally {
                RelayEvent.handled();
            }
        }
    }

    /**
     * Binary frames are no part of the protocol, but a page (or anything else) that sends one gets
     * the protocol's answer, error {code: malformed}, and keeps its socket: without a binary
     * handler Liberty closed the socket with 1003. Taken part by part like text, so that a large
     * binary message is counted against the same 1 MiB limit without ever being held.
     */
    @OnMessage(maxMessageSize = CONTAINER_LIMIT)
    public void binary(Session session, ByteBuffer part, boolean last) throws IOException {
        if (tooBig) {
            return;
        }
        binaryBytes += part.remaining();
        if (binaryBytes > CONTAINER_LIMIT) {
            binaryBytes = 0;
            closeTooBig(session);
            return;
        }
        if (last) {
            binaryBytes = 0;
            message(session, Inbound.refused("malformed", "A message is one JSON object in a text frame, not binary."));
        }
    }

    private void closeTooBig(Session session) throws IOException {
        tooBig = true;
        Optional<Seat> seat = room(session).flatMap(r -> r.bySession(session));
        if (seat.isPresent()) {
            seat.get().close(CloseReason.CloseCodes.TOO_BIG.getCode(), "message too big");
        } else {
            session.close(new CloseReason(CloseReason.CloseCodes.TOO_BIG, "message too big"));
        }
    }

    void message(Session session, Inbound message) {
        Optional<Room> room = room(session);
        Optional<Seat> seat = room.flatMap(r -> r.bySession(session));
        if (seat.isEmpty()) {
            return;
        }
        if (!seat.get().allowMessage(clock.millis())) {
            seat.get().send(Outbound.error("flood", "Too many messages; the connection is closed."));
            seat.get().close(1008, "too many messages");
            return;
        }
        dispatcher.dispatch(room.get(), seat.get(), message);
    }

    @OnMessage
    public void pong(Session session, PongMessage pong) {
        room(session).flatMap(r -> r.bySession(session)).ifPresent(s -> s.ponged(clock.instant()));
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        RoomRelay relay = RoomRelay.of(session);
        if (relay != null) {
            relay.closed(reason == null ? 1006 : reason.getCloseCode().getCode(),
                    reason == null ? null : reason.getReasonPhrase());
            return;
        }
        Object defenseId = session.getUserProperties().get("defenseId");
        if (defenseId instanceof Long id) {
            rooms.leave(id, session, reason == null ? 1006 : reason.getCloseCode().getCode());
        }
    }

    @OnError
    public void error(Session session, Throwable error) {
        // A client that vanishes mid-write is normal; anything else is worth a line, not a stack.
        LOG.log(error instanceof IOException ? Level.FINE : Level.WARNING,
                "socket error: " + error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    private Optional<Room> room(Session session) {
        Object defenseId = session.getUserProperties().get("defenseId");
        return defenseId instanceof Long id ? rooms.room(id) : Optional.empty();
    }
}
