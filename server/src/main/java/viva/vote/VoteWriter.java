package viva.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.util.Optional;
import viva.audit.AuditTrail;
import viva.defense.Defense;
import viva.defense.DefenseRepository;
import viva.defense.DefenseStage;
import viva.people.Member;
import viva.people.MemberRepository;
import viva.room.ParticipantIds;
import viva.signaling.RoomCommand;
import viva.signaling.room.RoomRegistry;
import viva.system.ApiException;
import viva.system.InTransaction;
import viva.system.Values;

/** Stores one vote, with its audit event, in one transaction; every rule of who may vote is here. */
@ApplicationScoped
public class VoteWriter {

    @Inject
    DefenseRepository defenses;

    @Inject
    VoteRepository votes;

    @Inject
    MemberRepository members;

    @Inject
    RoomRegistry rooms;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RoomCommand> room;

    @Inject
    Clock clock;

    @InTransaction
    public Ballot cast(long defenseId, String username, String decisionText, String reason, String idempotencyKey) {
        Defense defense = defenses.find(defenseId)
                .orElseThrow(() -> ApiException.notFound("defense_not_found", "No defense " + defenseId + "."));
        Member member = eligibleMember(defense, username);
        Optional<Ballot> earlier = replay(defense, member.id(), idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (defense.stage() != DefenseStage.VOTING) {
            throw new VoteRefusal(Status.CONFLICT, "not_voting", "Voting is not open (the defense is at "
                    + defense.stage() + ").");
        }
        String participant = ParticipantIds.of(ParticipantIds.Kind.MEMBER, member.id());
        if (!rooms.present(defenseId).contains(participant)) {
            throw new VoteRefusal(Status.FORBIDDEN, "not_present", "Only members present in the room vote.");
        }
        Decision decision = Values.enumValue("decision", Decision.class, decisionText);
        Vote vote = new Vote(defense, member.id(), decision, reason, idempotencyKey, clock.instant());
        votes.store(vote);
        // The audit head is locked last in every transaction that changes anything, so that no two
        // writers wait on each other; a voter counts as present from their vote (see the tally).
        audit.record(username, "vote.cast", "defense:" + defenseId, Json.createObjectBuilder()
                .add("memberId", member.id())
                .add("decision", decision.name())
                .add("reason", vote.reason() == null ? "" : vote.reason())
                .build());
        // No count here: reading other voters' rows while holding the audit head would wait on them.
        room.fire(new RoomCommand.Voted(defenseId, participant));
        return Ballot.of(vote, false);
    }

    /** The first answer again when the same request (same key) is repeated; 409 for any other second vote. */
    @InTransaction
    public Optional<Ballot> replay(long defenseId, String username, String idempotencyKey) {
        Defense defense = defenses.find(defenseId).orElseThrow();
        return replay(defense, eligibleMember(defense, username).id(), idempotencyKey);
    }

    private Optional<Ballot> replay(Defense defense, long memberId, String idempotencyKey) {
        return votes.find(defense, memberId).map(vote -> {
            if (idempotencyKey != null && idempotencyKey.equals(vote.idempotencyKey())) {
                return Ballot.of(vote, true);
            }
            throw new VoteRefusal(Status.CONFLICT, "already_voted", "You have voted on this defense already.");
        });
    }

    private Member eligibleMember(Defense defense, String username) {
        Member member = members.findByUsername(username).orElseThrow(() -> new VoteRefusal(Status.FORBIDDEN,
                "not_eligible", "Only the defense's eligible panel members vote."));
        boolean onPanel = defense.panel().members().stream().anyMatch(m -> m.id().equals(member.id()));
        if (!onPanel || !defense.isEligible(member.id())) {
            throw new VoteRefusal(Status.FORBIDDEN, "not_eligible", "Only the defense's eligible panel members vote.");
        }
        return member;
    }
}
