package viva.defense;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import viva.json.Jsonp;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import viva.audit.AuditRecord;
import viva.audit.AuditTrail;
import viva.room.ParticipantIds;
import viva.signaling.Participant;
import viva.signaling.RoomCommand;
import viva.signaling.room.RoomRegistry;
import viva.system.Refusal;
import viva.system.InTransaction;
import viva.system.Values;
import viva.vote.Outcome;
import viva.vote.Tally;
import viva.vote.VotingService;

/**
 * Runs a defense: admits the applicant from the lobby, moves the stages, opens voting on a quorum
 * and settles the outcome at close. Stores each change with its audit event, then tells the room
 * through a CDI event that fires once the transaction committed.
 */
@ApplicationScoped
public class DefenseService {

    @Inject
    DefenseRepository defenses;

    @Inject
    RoomRegistry rooms;

    @Inject
    VotingService voting;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RoomCommand> room;

    @Inject
    Clock clock;

    @InTransaction
    public Defense changeStage(long defenseId, String stageName, String actor) {
        Defense defense = defenses.lock(defenseId)
                .orElseThrow(() -> Refusal.notFound("defense_not_found", "No defense " + defenseId + "."));
        DefenseStage target;
        try {
            target = Values.enumValue("stage", DefenseStage.class, stageName);
        } catch (Refusal e) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid_stage", e.getMessage());
        }
        DefenseStage from = defense.stage();
        Set<Long> present = voting.presentEligible(defense);
        if (target == DefenseStage.VOTING && from.isBefore(target)) {
            int quorum = voting.quorum(defense);
            if (present.size() < quorum) {
                throw new Refusal(Refusal.Kind.CONFLICT, "no_quorum", present.size()
                        + " eligible member(s) present; voting needs " + quorum + ".");
            }
        }
        Instant now = clock.instant();
        defense.advanceTo(target, now);
        present.forEach(defense::markPresentForVoting);
        audit.record(actor, "defense.stage", subject(defenseId), Jsonp.createObjectBuilder()
                .add("from", from.name()).add("to", target.name()).build());
        if (target == DefenseStage.CLOSED) {
            settle(defense, from, actor);
        }
        room.fire(new RoomCommand.StageChanged(defenseId, target.forRoom(), now));
        return defense;
    }

    private void settle(Defense defense, DefenseStage closedFrom, String actor) {
        Tally tally = voting.tally(defense);
        Outcome outcome = closedFrom == DefenseStage.VOTING ? voting.resolve(defense) : Outcome.INVALID;
        defense.settle(outcome);
        AuditRecord result = audit.record(actor, "defense.result", subject(defense.id()), Jsonp.createObjectBuilder()
                .add("outcome", outcome.name())
                .add("quorum", tally.quorum())
                .add("eligible", tally.eligible())
                .add("present", tally.present())
                .add("votesCast", tally.votesCast())
                .add("vetoes", tally.vetoes())
                .build());
        defense.sealWithAuditHead(result.hash());
    }

    /**
     * Admits the defense's applicant, who must be waiting in the lobby.
     *
     * @param participantId the participant the caller means to admit, or null for the applicant
     */
    @InTransaction
    public String admit(long defenseId, String participantId, String actor) {
        Defense defense = get(defenseId);
        String applicant = ParticipantIds.of(ParticipantIds.Kind.APPLICANT, defense.applicant().id());
        boolean waiting = (participantId == null || participantId.equals(applicant))
                && rooms.waiting(defenseId).stream().map(Participant::id).anyMatch(applicant::equals);
        if (!waiting) {
            throw Refusal.conflict("not_waiting", "The applicant is not waiting in the lobby.");
        }
        defense.admitApplicant(clock.instant());
        audit.record(actor, "defense.admitted", subject(defenseId), Jsonp.createObjectBuilder()
                .add("participantId", applicant).build());
        room.fire(new RoomCommand.Admit(defenseId, applicant));
        return applicant;
    }

    /** Closes a participant's socket; their page reconnects by itself. */
    public void drop(long defenseId, String participantId) {
        get(defenseId);
        boolean connected = rooms.room(defenseId).flatMap(r -> r.find(participantId)).isPresent();
        if (!connected) {
            throw Refusal.notFound("participant_not_connected", "No such participant is connected.");
        }
        room.fire(new RoomCommand.Drop(defenseId, participantId));
    }

    public Defense get(long id) {
        return defenses.find(id).orElseThrow(() -> Refusal.notFound("defense_not_found", "No defense " + id + "."));
    }

    public static String subject(long defenseId) {
        return "defense:" + defenseId;
    }
}
