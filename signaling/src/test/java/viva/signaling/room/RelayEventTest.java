package viva.signaling.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import viva.signaling.Entry;
import viva.signaling.Participant;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomStage;
import viva.signaling.wire.Outbound;

/** The relay event times a write caused by a frame read, and only while a recording takes it. */
class RelayEventTest {

    private static final Instant NOW = Instant.parse("2026-05-01T01:00:00Z");

    @Test
    void aWriteCausedByAReadIsRecordedFromTheReadOn() throws Exception {
        Seat seat = seat();
        Path file = Files.createTempFile("relay", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("viva.Relay").withThreshold(Duration.ZERO);
            recording.start();
            assertTrue(RelayEvent.read() > 0);
            try {
                seat.send(Outbound.error("flood", "the relayed one"));
            } finally {
                RelayEvent.handled();
            }
            seat.send(Outbound.error("flood", "sent of the server's own accord"));
            recording.stop();
            recording.dump(file);
            List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
                    .filter(e -> e.getEventType().getName().equals("viva.Relay")).toList();
            assertEquals(1, events.size());
            RecordedEvent event = events.get(0);
            assertEquals("error", event.getString("type"));
            assertTrue(event.getDuration("sinceRead").compareTo(event.getDuration("queued")) >= 0);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void withoutARecordingNothingIsMarked() {
        assertEquals(0, RelayEvent.read());
        try {
            assertEquals(0, RelayEvent.pendingRead());
        } finally {
            RelayEvent.handled();
        }
    }

    private static Seat seat() {
        Entry entry = new Entry(new Participant("M1", "M1", ParticipantRole.MEMBER, 7), "token-M1",
                JsonValue.EMPTY_JSON_OBJECT, null, new RoomStage("QUESTIONS", true, false), NOW, Map.of(), true, null);
        return new Room(7).seat(entry, session(), NOW).seat();
    }

    /** An open session whose writes go nowhere. */
    private static Session session() {
        RemoteEndpoint.Basic remote = (RemoteEndpoint.Basic) Proxy.newProxyInstance(
                RemoteEndpoint.Basic.class.getClassLoader(), new Class<?>[] {RemoteEndpoint.Basic.class},
                (proxy, method, args) -> null);
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isOpen" -> true;
                    case "getBasicRemote" -> remote;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
