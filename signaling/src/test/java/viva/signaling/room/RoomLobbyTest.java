package viva.signaling.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import viva.signaling.Entry;
import viva.signaling.Participant;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomStage;

/** Where a seat is, in the room or in the lobby, as applicants come, leave for the deliberation and return. */
class RoomLobbyTest {

    private static final Instant NOW = Instant.parse("2026-05-01T01:00:00Z");
    private static final RoomStage QUESTIONS = new RoomStage("QUESTIONS", true, false);
    private static final RoomStage VOTING = RoomStage.deliberating("VOTING", true);

    private final Room room = new Room(7);

    @Test
    void anAdmittedApplicantReturnsToTheRoomOutsideTheDeliberation() {
        Seat applicant = seat("A1", ParticipantRole.APPLICANT, QUESTIONS, true);
        assertTrue(applicant.inRoom());
    }

    @Test
    void duringTheDeliberationEvenAnAdmittedApplicantLandsInTheLobby() {
        Seat applicant = seat("A1", ParticipantRole.APPLICANT, VOTING, true);
        assertFalse(applicant.inRoom());
        assertEquals(List.of(applicant), room.waiting());
    }

    @Test
    void membersAreInTheRoomWhateverTheStage() {
        assertTrue(seat("M1", ParticipantRole.MEMBER, VOTING, false).inRoom());
    }

    @Test
    void theApplicantSentToTheLobbyLeavesTheRoomAndMayBeAdmittedBack() {
        Seat member = seat("M1", ParticipantRole.MEMBER, QUESTIONS, false);
        Seat applicant = seat("A1", ParticipantRole.APPLICANT, QUESTIONS, true);
        assertEquals(List.of(applicant), room.applicantsInRoom());

        assertEquals(applicant, room.toLobby("A1").orElseThrow());
        assertFalse(applicant.inRoom());
        assertEquals(List.of(member), room.inRoom());
        assertTrue(room.applicantsInRoom().isEmpty());
        assertTrue(room.toLobby("A1").isEmpty(), "already in the lobby");

        assertEquals(applicant, room.admit("A1").orElseThrow());
        assertTrue(applicant.inRoom());
    }

    @Test
    void onlyAnApplicantGoesToTheLobby() {
        seat("M1", ParticipantRole.MEMBER, QUESTIONS, false);
        seat("S1", ParticipantRole.SECRETARY, QUESTIONS, false);
        assertTrue(room.toLobby("M1").isEmpty());
        assertTrue(room.toLobby("S1").isEmpty());
        assertTrue(room.toLobby("A9").isEmpty(), "nobody of that id");
        assertEquals(2, room.inRoom().size());
    }

    @Test
    void aNewcomerAfterTheApplicantLeftSeesNoApplicantInTheRoom() {
        seat("A1", ParticipantRole.APPLICANT, QUESTIONS, true);
        room.toLobby("A1");
        seat("M2", ParticipantRole.MEMBER, QUESTIONS, false);
        assertEquals(List.of("M2"), room.inRoom().stream().map(s -> s.participant().id()).toList());
    }

    private Seat seat(String id, ParticipantRole role, RoomStage stage, boolean admitted) {
        Entry entry = new Entry(new Participant(id, id, role, 7), "token-" + id, JsonValue.EMPTY_JSON_OBJECT, null,
                stage, NOW, Map.of(), admitted, null);
        return room.seat(entry, session(), NOW).seat();
    }

    /** A session that is open and takes nothing: the seats' places are what is tested here. */
    private static Session session() {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isOpen" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
