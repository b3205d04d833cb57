package viva.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import viva.audit.AuditTrail;
import viva.defense.Defense;
import viva.defense.DefenseRepository;
import viva.defense.DefenseService;
import viva.defense.DefenseStage;
import viva.defense.DefenseStateException;
import viva.defense.ParticipantIds;
import viva.json.Jsonp;
import viva.room.signaling.LiveRooms;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomCommand;
import viva.system.InTransaction;
import viva.system.Refusal;

/**
 * The chair's controls over the people in a defense's room, by REST and over the socket alike:
 * muting a microphone, sending the applicant out to the lobby, removing someone for good. Each is
 * audited in the transaction that allows it and reaches the room once that committed. Bringing
 * the applicant back is admission ({@link DefenseService#admit}).
 */
@ApplicationScoped
public class RoomChair {

    @Inject
    DefenseRepository defenses;

    @Inject
    LiveRooms rooms;

    @Inject
    RoomAccessRepository access;

    @Inject
    TicketBook tickets;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RoomCommand> room;

    @Inject
    Clock clock;

    /** Turns the participant's microphone off on their page; they may turn it on again. */
    @InTransaction
    public void mute(long defenseId, String participantId, String actor) {
        Defense defense = open(defenseId, participantId);
        LiveRooms.Seated seated = connected(defense, participantId);
        if (!seated.inRoom()) {
            throw Refusal.conflict("not_in_room", "The participant waits in the lobby; nobody hears them there.");
        }
        record(actor, "room.muted", defenseId, participantId);
        room.fire(new RoomCommand.Mute(defenseId, participantId, actor));
    }

    /** The applicant leaves the room for the lobby, until admitted again. */
    @InTransaction
    public void sendToLobby(long defenseId, String participantId, String actor) {
        Defense defense = open(defenseId, participantId);
        LiveRooms.Seated seated = connected(defense, participantId);
        if (seated.role() != ParticipantRole.APPLICANT) {
            throw Refusal.conflict("not_applicant", "Only the applicant waits in the lobby.");
        }
        if (!seated.inRoom()) {
            throw Refusal.conflict("already_in_lobby", "The applicant is in the lobby already.");
        }
        defense.sendApplicantToLobby(clock.instant());
        record(actor, "room.sent_to_lobby", defenseId, participantId);
        room.fire(new RoomCommand.ToLobby(defenseId, participantId));
    }

    /**
     * The participant's socket closes for good and every resume token and unused ticket of theirs
     * is void. A member or the secretariat may take a new ticket with their sign-in; the applicant's
     * join link stays good, and brings them to the lobby, to be admitted again.
     */
    @InTransaction
    public void remove(long defenseId, String participantId, String actor) {
        Defense defense = open(defenseId, participantId);
        LiveRooms.Seated seated = connected(defense, participantId);
        if (seated.role() == ParticipantRole.APPLICANT) {
            defense.sendApplicantToLobby(clock.instant());
        }
        access.removePasses(defense, participantId);
        tickets.withdraw(defenseId, participantId);
        record(actor, "room.removed", defenseId, participantId);
        room.fire(new RoomCommand.Remove(defenseId, participantId));
    }

    /** A bad participant id is refused before anything is said of the defense. */
    private Defense open(long defenseId, String participantId) {
        if (ParticipantIds.parse(participantId).isEmpty()) {
            throw Refusal.invalid("invalid_participant_id", "A participant id is a letter (S, M or A) and a number.");
        }
        Defense defense = defenses.lock(defenseId)
                .orElseThrow(() -> Refusal.notFound("defense_not_found", "No defense " + defenseId + "."));
        if (defense.stage() == DefenseStage.CLOSED) {
            throw new DefenseStateException("defense_closed", "The defense is closed.");
        }
        return defense;
    }

    private LiveRooms.Seated connected(Defense defense, String participantId) {
        return rooms.seated(defense.id(), participantId)
                .orElseThrow(() -> Refusal.notFound("participant_not_connected", "No such participant is connected."));
    }

    private void record(String actor, String action, long defenseId, String participantId) {
        audit.record(actor, action, DefenseService.subject(defenseId), Jsonp.createObjectBuilder()
                .add("participantId", participantId).build());
    }
}
