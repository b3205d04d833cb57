package viva.defense;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import viva.room.ParticipantIds;
import viva.signaling.Participant;
import viva.signaling.RoomCommand;
import viva.signaling.room.RoomRegistry;
import viva.system.ApiException;
import viva.system.InTransaction;
import viva.system.Values;

/**
 * Runs a defense: admits the applicant from the lobby and moves the stages. Stores the change,
 * then tells the room through a CDI event that fires once the transaction committed.
 */
@ApplicationScoped
public class DefenseService {

    @Inject
    DefenseRepository defenses;

    @Inject
    RoomRegistry rooms;

    @Inject
    Event<RoomCommand> room;

    @Inject
    Clock clock;

    @InTransaction
    public Defense changeStage(long defenseId, String stageName) {
        Defense defense = get(defenseId);
        DefenseStage target;
        try {
            target = Values.enumValue("stage", DefenseStage.class, stageName);
        } catch (ApiException e) {
            throw new ApiException(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "invalid_stage", e.getMessage());
        }
        Instant now = clock.instant();
        defense.advanceTo(target, now);
        room.fire(new RoomCommand.StageChanged(defenseId, target.name(), now));
        return defense;
    }

    /**
     * Admits the defense's applicant, who must be waiting in the lobby.
     *
     * @param participantId the participant the caller means to admit, or null for the applicant
     */
    @InTransaction
    public String admit(long defenseId, String participantId) {
        Defense defense = get(defenseId);
        String applicant = ParticipantIds.of(ParticipantIds.Kind.APPLICANT, defense.applicant().id());
        boolean waiting = (participantId == null || participantId.equals(applicant))
                && rooms.waiting(defenseId).stream().map(Participant::id).anyMatch(applicant::equals);
        if (!waiting) {
            throw ApiException.conflict("not_waiting", "The applicant is not waiting in the lobby.");
        }
        defense.admitApplicant(clock.instant());
        room.fire(new RoomCommand.Admit(defenseId, applicant));
        return applicant;
    }

    /** Closes a participant's socket; their page reconnects by itself. */
    public void drop(long defenseId, String participantId) {
        get(defenseId);
        boolean connected = rooms.room(defenseId).flatMap(r -> r.find(participantId)).isPresent();
        if (!connected) {
            throw ApiException.notFound("participant_not_connected", "No such participant is connected.");
        }
        room.fire(new RoomCommand.Drop(defenseId, participantId));
    }

    public Defense get(long id) {
        return defenses.find(id).orElseThrow(() -> ApiException.notFound("defense_not_found", "No defense " + id + "."));
    }
}
