package viva.defense;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import viva.audit.AuditRecord;
import viva.audit.AuditTrail;
import viva.json.Jsonp;
import viva.signaling.RoomCommand;
import viva.system.InTransaction;
import viva.system.Refusal;
import viva.system.Values;

/**
 * Runs a defense: admits the applicant from the lobby and moves the stages, the defense itself
 * deciding what is allowed (with who is in the room passed in), and settles the outcome at close.
 * Stores each change with its audit event, then tells the room through a CDI event that fires
 * once the transaction committed.
 */
@ApplicationScoped
public class DefenseService {

    @Inject
    DefenseRepository defenses;

    @Inject
    RoomPresence presence;

    @Inject
    CastVotes votes;

    @Inject
    QuorumRule quorum;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RoomCommand> room;

    @Inject
    Event<DefenseClosing> closing;

    @Inject
    Clock clock;

    @InTransaction
    public Defense changeStage(long defenseId, String stageName, String actor) {
        // Locked first, so that a close waits for votes in flight and they for it (VoteWriter).
        Defense defense = defenses.lock(defenseId).orElseThrow(() -> notFound(defenseId));
        DefenseStage target;
        try {
            target = Values.enumValue("stage", DefenseStage.class, stageName);
        } catch (Refusal e) {
            throw Refusal.invalid("invalid_stage", e.getMessage());
        }
        DefenseStage from = defense.stage();
        Instant now = clock.instant();
        int required = quorum.required(defense.panel().size());
        if (target == DefenseStage.CLOSED) {
            Tally tally = defense.close(votes.castOn(defense), required, now);
            closing.fire(new DefenseClosing(defense));
            recordStage(defense, from, actor);
            recordResult(defense, tally, actor);
        } else {
            defense.advanceTo(target, presence.of(defenseId), required, now);
            recordStage(defense, from, actor);
        }
        room.fire(new RoomCommand.StageChanged(defenseId, target.forRoom(), now, defense.clock(now).forRoom()));
        return defense;
    }

    private void recordStage(Defense defense, DefenseStage from, String actor) {
        audit.record(actor, "defense.stage", subject(defense.id()), Jsonp.createObjectBuilder()
                .add("from", from.name()).add("to", defense.stage().name()).build());
    }

    private void recordResult(Defense defense, Tally tally, String actor) {
        AuditRecord result = audit.record(actor, "defense.result", subject(defense.id()), Jsonp.createObjectBuilder()
                .add("outcome", defense.outcome().name())
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
        Presence now = participantId == null || participantId.equals(applicant) ? presence.of(defenseId)
                : Presence.NOBODY;
        boolean again = defense.applicantAdmitted();
        defense.admitApplicant(now, clock.instant());
        audit.record(actor, again ? "room.readmitted" : "defense.admitted", subject(defenseId), Jsonp.createObjectBuilder()
                .add("participantId", applicant).build());
        room.fire(new RoomCommand.Admit(defenseId, applicant));
        return applicant;
    }

    /**
     * The secretariat checked the applicant's identity (人证核验) against a still of the live video,
     * kept with this SHA-256; admission requires it where the round says so.
     */
    @InTransaction
    public Defense verifyIdentity(long defenseId, String stillSha256, long bytes, String actor) {
        Defense defense = defenses.lock(defenseId).orElseThrow(() -> notFound(defenseId));
        defense.verifyIdentity(stillSha256, clock.instant());
        audit.record(actor, "identity.verified", subject(defenseId), Jsonp.createObjectBuilder()
                .add("sha256", stillSha256).add("bytes", bytes).add("file", "identity.jpg").build());
        return defense;
    }

    public Defense get(long id) {
        return defenses.find(id).orElseThrow(() -> notFound(id));
    }

    private static Refusal notFound(long id) {
        return Refusal.notFound("defense_not_found", "No defense " + id + ".");
    }

    public static String subject(long defenseId) {
        return "defense:" + defenseId;
    }
}
