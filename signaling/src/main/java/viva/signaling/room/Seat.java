package viva.signaling.room;

import jakarta.websocket.CloseReason;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import viva.signaling.Entry;
import viva.signaling.Participant;
import viva.signaling.SerialQueue;
import viva.signaling.wire.Outbound;

/** One participant's socket in a room: in the room itself, or (an applicant) waiting in the lobby. */
public final class Seat {

    private static final Logger LOG = Logger.getLogger(Seat.class.getName());

    private final Entry entry;
    private final Session session;
    private final FloodGuard flood = new FloodGuard(100, 5_000);
    /**
     * This socket's writes, in order, one at a time (the container refuses overlapping sends). The
     * sender that finds it idle writes, and whoever sends meanwhile only queues: a relay used to
     * wait on this seat's monitor for another sender's blocking write, which held up the waiting
     * sender's own messages to everyone else too (docs/benchmarks.md, signaling load).
     */
    private final SerialQueue outbox = new SerialQueue(Runnable::run);
    private volatile boolean inRoom;
    /** This socket's applicant was admitted (the identity link closes for good). */
    private volatile boolean admittedHere;
    private volatile Instant lastPong;

    Seat(Entry entry, Session session, boolean inRoom, Instant now) {
        this.entry = entry;
        this.session = session;
        this.inRoom = inRoom;
        this.lastPong = now;
    }

    public Participant participant() {
        return entry.participant();
    }

    public Entry entry() {
        return entry;
    }

    public Session session() {
        return session;
    }

    public boolean inRoom() {
        return inRoom;
    }

    void enterRoom() {
        inRoom = true;
        admittedHere = true;
    }

    /** Whether this participant was ever admitted: earlier (a return after a drop) or on this socket. */
    public boolean everAdmitted() {
        return entry.admitted() || admittedHere;
    }

    /** Back to the lobby: the socket stays, but nothing of the room reaches it any more. */
    void leaveRoom() {
        inRoom = false;
    }

    public boolean allowMessage(long nowMillis) {
        return flood.allow(nowMillis);
    }

    public void ponged(Instant now) {
        lastPong = now;
    }

    public Instant lastPong() {
        return lastPong;
    }

    /** Sends one message after those sent before; a socket that is gone is left to its close handler. */
    public void send(Outbound message) {
        if (!session.isOpen()) {
            return;
        }
        long readAt = RelayEvent.pendingRead();
        if (readAt == 0) {
            outbox.submit(() -> write(message));
            return;
        }
        long submitted = System.nanoTime();
        outbox.submit(() -> {
            long started = System.nanoTime();
            write(message);
            RelayEvent.written(message.json().getString("type", ""), readAt, submitted, started);
        });
    }

    /** A ping in line with the messages; a socket that cannot take it is closed with 4002. */
    void ping() {
        outbox.submit(() -> {
            try {
                session.getBasicRemote().sendPing(ByteBuffer.allocate(0));
            } catch (IOException | IllegalStateException | IllegalArgumentException e) {
                close(CloseCodes.SILENT, "ping failed");
            }
        });
    }

    private void write(Outbound message) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.getBasicRemote().sendObject(message);
        } catch (IOException | EncodeException | IllegalStateException e) {
            LOG.log(Level.FINE, "could not send to " + participant().id(), e);
        }
    }

    public void close(int code, String reason) {
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
            }
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "could not close " + participant().id(), e);
        }
    }
}
