package viva.room.signaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import viva.defense.DefenseRepository;
import viva.defense.ParticipantIds;
import viva.defense.Presence;
import viva.defense.RoomPresence;
import viva.signaling.Participant;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomCommand;
import viva.signaling.room.RoomRegistry;
import viva.system.Refusal;

/**
 * The live rooms of this node as the rest of Viva sees them: who is there (for the defense's
 * rules and the secretariat's view) and dropping a connection. The one place in the server that
 * reads the signaling module's rooms.
 */
@ApplicationScoped
public class LiveRooms implements RoomPresence {

    /** Participant ids in the room, sorted, and those waiting in the lobby. */
    public record Connected(List<String> present, List<String> waiting) {
    }

    /** A participant with a socket open in the room: their role, and whether in the room itself or in the lobby. */
    public record Seated(String participantId, ParticipantRole role, boolean inRoom) {
    }

    @Inject
    RoomRegistry rooms;

    @Inject
    DefenseRepository defenses;

    @Inject
    Event<RoomCommand> room;

    @Override
    public Presence of(long defenseId) {
        Set<Long> members = new HashSet<>();
        for (String id : rooms.present(defenseId)) {
            ParticipantIds.parse(id).filter(ref -> ref.kind() == ParticipantIds.Kind.MEMBER)
                    .ifPresent(ref -> members.add(ref.id()));
        }
        boolean applicantWaiting = rooms.waiting(defenseId).stream()
                .anyMatch(p -> p.role() == ParticipantRole.APPLICANT);
        return new Presence(members, applicantWaiting);
    }

    @Override
    public boolean applicantInRoom(long defenseId) {
        return rooms.room(defenseId).map(r -> r.inRoom().stream()
                .anyMatch(s -> s.participant().role() == ParticipantRole.APPLICANT)).orElse(false);
    }

    public Connected connected(long defenseId) {
        requireDefense(defenseId);
        return new Connected(rooms.present(defenseId).stream().sorted().toList(),
                rooms.waiting(defenseId).stream().map(Participant::id).toList());
    }

    /** The participant's seat on this node, if they are connected. */
    public Optional<Seated> seated(long defenseId, String participantId) {
        return rooms.room(defenseId).flatMap(r -> r.find(participantId))
                .map(seat -> new Seated(participantId, seat.participant().role(), seat.inRoom()));
    }

    /** Closes a participant's socket; their page reconnects by itself. */
    public void drop(long defenseId, String participantId) {
        requireDefense(defenseId);
        boolean connected = rooms.room(defenseId).flatMap(r -> r.find(participantId)).isPresent();
        if (!connected) {
            throw Refusal.notFound("participant_not_connected", "No such participant is connected.");
        }
        room.fire(new RoomCommand.Drop(defenseId, participantId));
    }

    private void requireDefense(long defenseId) {
        if (defenses.find(defenseId).isEmpty()) {
            throw Refusal.notFound("defense_not_found", "No defense " + defenseId + ".");
        }
    }
}
