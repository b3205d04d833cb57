package viva.signaling.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import viva.signaling.Entry;
import viva.signaling.Participant;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomCommand;
import viva.signaling.RoomEvent;
import viva.signaling.RoomStage;
import viva.signaling.media.IceSettings;
import viva.signaling.media.MediaBroker;
import viva.signaling.wire.Inbound;
import viva.signaling.wire.Outbound;

/** What each socket hears as the applicant leaves for the lobby, is muted, comes back or is removed. */
class RoomRegistryLobbyTest {

    private static final Instant NOW = Instant.parse("2026-05-01T01:00:00Z");
    private static final long DEFENSE = 7;
    private static final RoomStage QUESTIONS = new RoomStage("QUESTIONS", true, false);
    private static final RoomStage VOTING = RoomStage.deliberating("VOTING", true);

    /** One socket: the types of the messages it was sent, and the code it was closed with. */
    static final class Socket {
        final List<JsonObject> sent = new ArrayList<>();
        Integer closedWith;
        final Session session = (Session) Proxy.newProxyInstance(Session.class.getClassLoader(),
                new Class<?>[] {Session.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isOpen" -> closedWith == null;
                    case "getBasicRemote" -> remote();
                    case "close" -> {
                        closedWith = args == null ? 1000 : ((CloseReason) args[0]).getCloseCode().getCode();
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });

        private RemoteEndpoint.Basic remote() {
            return (RemoteEndpoint.Basic) Proxy.newProxyInstance(RemoteEndpoint.Basic.class.getClassLoader(),
                    new Class<?>[] {RemoteEndpoint.Basic.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendObject")) {
                            sent.add(((Outbound) args[0]).json());
                        }
                        return null;
                    });
        }

        List<String> types() {
            return sent.stream().map(m -> m.getString("type")).toList();
        }

        void clear() {
            sent.clear();
        }
    }

    private final RoomRegistry rooms = new RoomRegistry();
    private final List<RoomEvent> events = new ArrayList<>();
    private final List<String> mediaLeft = new ArrayList<>();
    private final Socket secretary = new Socket();
    private final Socket member = new Socket();
    private final Socket applicant = new Socket();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void seatEveryone() {
        rooms.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        rooms.ice = new IceSettings() {
            @Override
            public String transportPolicy() {
                return "all";
            }
        };
        rooms.media = new MediaBroker() {
            @Override
            public String kind() {
                return "mesh";
            }

            @Override
            public JsonArray iceServers() {
                return JsonValue.EMPTY_JSON_ARRAY;
            }

            @Override
            public void entered(Room room, Seat seat) {
            }

            @Override
            public void left(Room room, Seat seat) {
                mediaLeft.add(seat.participant().id());
            }

            @Override
            public void signal(Room room, Seat from, Inbound message) {
            }
        };
        rooms.shares = new ShareControl();
        rooms.shares.media = rooms.media;
        rooms.events = (Event<RoomEvent>) Proxy.newProxyInstance(Event.class.getClassLoader(),
                new Class<?>[] {Event.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("fire")) {
                        events.add((RoomEvent) args[0]);
                        return CompletableFuture.completedFuture(args[0]);
                    }
                    return null;
                });
        enter(secretary, "S1", ParticipantRole.SECRETARY, QUESTIONS, false);
        enter(member, "M2", ParticipantRole.MEMBER, QUESTIONS, false);
        enter(applicant, "A3", ParticipantRole.APPLICANT, QUESTIONS, true);
        List.of(secretary, member, applicant).forEach(Socket::clear);
        events.clear();
    }

    @Test
    void atTheDeliberationTheApplicantLeavesForTheLobbyBeforeTheStageIsAnnounced() {
        rooms.onStage(new RoomCommand.StageChanged(DEFENSE, VOTING, NOW));
        assertEquals(List.of("lobby", "stage"), applicant.types());
        assertEquals("deliberation", applicant.sent.get(0).getString("reason"));
        assertEquals("A3", member.sent.get(0).getString("participantId"));
        assertEquals(List.of("left", "stage"), member.types());
        assertTrue(secretary.types().contains("waiting"), "the secretary sees the applicant in the lobby");
        assertEquals(List.of("A3"), mediaLeft, "the applicant's media is closed");
        assertEquals(RoomEvent.Kind.SENT_TO_LOBBY, events.get(0).kind());
        assertEquals(java.util.Set.of("S1", "M2"), rooms.present(DEFENSE), "no longer present");

        applicant.clear();
        rooms.onVoted(new RoomCommand.Voted(DEFENSE, "M2"));
        rooms.onMute(new RoomCommand.Mute(DEFENSE, "A3", "S1"));
        Socket late = new Socket();
        enter(late, "M4", ParticipantRole.MEMBER, VOTING, false);
        assertTrue(member.types().containsAll(List.of("voted", "joined")));
        assertEquals(List.of(), applicant.types(), "nothing of the room reaches the lobby");

        rooms.onStage(new RoomCommand.StageChanged(DEFENSE, new RoomStage("CLOSED", false, true), NOW));
        assertEquals(List.of("stage", "closed"), applicant.types());
        assertEquals(1000, applicant.closedWith);
    }

    @Test
    void theApplicantSentOutByTheSecretaryComesBackWhenAdmitted() {
        rooms.onToLobby(new RoomCommand.ToLobby(DEFENSE, "A3"));
        assertEquals(List.of("lobby"), applicant.types());
        assertEquals("secretary", applicant.sent.get(0).getString("reason"));
        assertEquals(List.of("left"), member.types());

        rooms.onAdmit(new RoomCommand.Admit(DEFENSE, "A3"));
        assertEquals(List.of("lobby", "admitted"), applicant.types());
        assertEquals(List.of("left", "joined"), member.types());
        assertEquals(List.of(RoomEvent.Kind.SENT_TO_LOBBY, RoomEvent.Kind.ADMITTED),
                events.stream().map(RoomEvent::kind).toList());
    }

    @Test
    void onlyTheMutedParticipantHearsOfIt() {
        rooms.onMute(new RoomCommand.Mute(DEFENSE, "M2", "S1"));
        assertEquals(List.of("muted"), member.types());
        assertEquals("S1", member.sent.get(0).getString("by"));
        assertEquals(List.of(), applicant.types());
        assertEquals(List.of(), secretary.types());
    }

    @Test
    void theRemovedParticipantsSocketClosesWithItsOwnCode() {
        rooms.onRemove(new RoomCommand.Remove(DEFENSE, "M2"));
        assertEquals(CloseCodes.REMOVED, member.closedWith);
        assertFalse(applicant.closedWith != null, "nobody else is closed");
    }

    private void enter(Socket socket, String id, ParticipantRole role, RoomStage stage, boolean admitted) {
        rooms.enter(new Entry(new Participant(id, id, role, DEFENSE), "token-" + id, JsonValue.EMPTY_JSON_OBJECT,
                null, stage, NOW, Map.of(), admitted, null), socket.session);
    }
}
