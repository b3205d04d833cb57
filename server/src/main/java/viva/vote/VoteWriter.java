package viva.vote;

import viva.defense.Decision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import viva.json.Jsonp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import viva.audit.AuditTrail;
import viva.defense.Defense;
import viva.defense.DefenseRepository;
import viva.people.MemberRepository;
import viva.defense.ParticipantIds;
import viva.signaling.RoomCommand;
import viva.defense.RoomPresence;
import viva.system.Refusal;
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
    RoomPresence presence;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RoomCommand> room;

    @Inject
    Clock clock;

    /** One vote asked for, as the REST API or the room's socket brought it. */
    public record AskedVote(long defenseId, String username, String decision, String reason, String idempotencyKey) {
    }

    /** What the writer answers for one vote: the voter's ballot, or why it was refused. */
    public record Answer(Ballot ballot, RuntimeException refusal) {

        public Ballot ballotOrThrow() {
            if (refusal != null) {
                throw refusal;
            }
            return ballot;
        }
    }

    /**
     * Stores several votes and their audit events in one transaction, answering each in order. A
     * refused vote does not hold back the others. Every read and check comes first, then the
     * inserts, and the audit head is locked last, so that no lock held here waits on another
     * writer's rows. A database error (a race decided by the unique key) fails the whole call.
     */
    @InTransaction
    public List<Answer> castAll(List<AskedVote> asked) {
        Map<String, Vote> newInThisCall = new HashMap<>();
        // In one order, so that two batches never wait on each other's defenses.
        asked.stream().map(AskedVote::defenseId).distinct().sorted().forEach(defenses::lock);
        List<Step> steps = new ArrayList<>(asked.size());
        for (AskedVote vote : asked) {
            try {
                steps.add(check(vote, newInThisCall));
            } catch (Refusal refusal) {
                steps.add(new Step(null, null, false, null, refusal));
            }
        }
        List<AuditTrail.Entry> entries = new ArrayList<>();
        for (Step step : steps) {
            if (step.isNew()) {
                votes.store(step.vote());
                entries.add(new AuditTrail.Entry(step.asked().username(), "vote.cast",
                        "defense:" + step.asked().defenseId(), Jsonp.createObjectBuilder()
                                .add("memberId", step.vote().memberId())
                                .add("decision", step.vote().decision().name())
                                .add("reason", step.vote().reason() == null ? "" : step.vote().reason())
                                .build()));
            }
        }
        // A voter counts as present from their vote (see the tally); no count is read here, since
        // reading other voters' rows while holding the audit head would wait on them.
        audit.recordAll(entries);
        List<Answer> answers = new ArrayList<>(steps.size());
        for (Step step : steps) {
            if (step.isNew()) {
                room.fire(new RoomCommand.Voted(step.asked().defenseId(),
                        ParticipantIds.of(ParticipantIds.Kind.MEMBER, step.vote().memberId())));
            }
            answers.add(step.answer());
        }
        return answers;
    }

    /** One vote's way through {@link #castAll}: new, a repeat of an earlier one, or refused. */
    private record Step(AskedVote asked, Vote vote, boolean repeated, Ballot earlier, Refusal refusal) {

        boolean isNew() {
            return vote != null && !repeated;
        }

        Answer answer() {
            if (refusal != null) {
                return new Answer(null, refusal);
            }
            return new Answer(earlier != null ? earlier : Ballot.of(vote, repeated), null);
        }
    }

    private Step check(AskedVote asked, Map<String, Vote> newInThisCall) {
        long defenseId = asked.defenseId();
        Defense defense = defenses.find(defenseId)
                .orElseThrow(() -> Refusal.notFound("defense_not_found", "No defense " + defenseId + "."));
        long member = eligibleMember(defense, asked.username());
        Optional<Ballot> earlier = replay(defense, member, asked);
        if (earlier.isPresent()) {
            return new Step(asked, null, true, earlier.get(), null);
        }
        Vote pending = newInThisCall.get(defenseId + ":" + member);
        if (pending != null) {
            if (asked.idempotencyKey() != null && asked.idempotencyKey().equals(pending.idempotencyKey())) {
                if (!sameVote(pending, asked)) {
                    throw keyReused();
                }
                return new Step(asked, pending, true, null, null);
            }
            throw alreadyVoted();
        }
        defense.requireOpenVoteFor(member, presence.of(defenseId));
        Decision decision = Values.enumValue("decision", Decision.class, asked.decision());
        Vote vote = new Vote(defense, member, decision, asked.reason(), asked.idempotencyKey(), clock.instant());
        newInThisCall.put(defenseId + ":" + member, vote);
        return new Step(asked, vote, false, null, null);
    }

    /**
     * The first answer again when the same request (same key, same vote) is repeated; 422 when the
     * key comes back with another vote; 409 for any other second vote.
     */
    @InTransaction
    public Optional<Ballot> replay(AskedVote asked) {
        Defense defense = defenses.find(asked.defenseId()).orElseThrow();
        return replay(defense, eligibleMember(defense, asked.username()), asked);
    }

    private Optional<Ballot> replay(Defense defense, long memberId, AskedVote asked) {
        return votes.find(defense, memberId).map(vote -> {
            String key = asked.idempotencyKey();
            if (key != null && key.equals(vote.idempotencyKey())) {
                if (!sameVote(vote, asked)) {
                    throw keyReused();
                }
                return Ballot.of(vote, true);
            }
            throw alreadyVoted();
        });
    }

    /** Whether the request asks for the vote already stored: the same decision and reason, as stored. */
    private static boolean sameVote(Vote vote, AskedVote asked) {
        String decision = asked.decision() == null ? "" : asked.decision().strip();
        String reason = asked.reason() == null || asked.reason().isBlank() ? null : asked.reason().strip();
        return vote.decision().name().equalsIgnoreCase(decision) && java.util.Objects.equals(vote.reason(), reason);
    }

    private static VoteRefusal keyReused() {
        return new VoteRefusal(Refusal.Kind.CONTRADICTS_EARLIER, "idempotency_key_reused",
                "This Idempotency-Key was used for another vote; a new vote needs a new key.");
    }

    private static VoteRefusal alreadyVoted() {
        return new VoteRefusal(Refusal.Kind.CONFLICT, "already_voted", "You have voted on this defense already.");
    }

    /** The voter's member id; only the id is read, as every vote asks. */
    private long eligibleMember(Defense defense, String username) {
        long member = members.idByUsername(username).orElseThrow(() -> new VoteRefusal(Refusal.Kind.FORBIDDEN,
                "not_eligible", "Only the defense's eligible panel members vote."));
        defense.requireEligibleVoter(member);
        return member;
    }
}
