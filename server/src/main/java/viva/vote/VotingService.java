package viva.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import viva.defense.Defense;
import viva.defense.DefenseStage;
import viva.people.MemberRepository;
import viva.room.ParticipantIds;
import viva.schedule.QuorumRule;
import viva.signaling.room.RoomRegistry;
import viva.system.InTransaction;

/** Casting votes and counting them; the outcome rule itself is the policy's. */
@ApplicationScoped
public class VotingService {

    private final OutcomePolicy policy = new OneVoteVeto();

    @Inject
    VoteWriter writer;

    @Inject
    VoteBatcher batcher;

    @Inject
    VoteRepository votes;

    @Inject
    RoomRegistry rooms;

    @Inject
    QuorumRule quorum;

    @Inject
    MemberRepository members;

    /** A member's account name, read in a transaction of its own: the room's socket threads have none. */
    @InTransaction
    public Optional<String> username(long memberId) {
        return members.find(memberId).map(m -> m.account().username());
    }

    /**
     * Casts a vote. Two requests of one member racing each other are decided by the database's
     * unique key; the loser is answered as a repeat (same key) or a second vote (409).
     */
    public Ballot cast(long defenseId, String username, String decision, String reason, String idempotencyKey) {
        VoteWriter.CastVote asked = new VoteWriter.CastVote(defenseId, username, decision, reason, idempotencyKey);
        try {
            return batcher.cast(asked).ballotOrThrow();
        } catch (RuntimeException e) {
            if (!raced(e)) {
                throw e;
            }
            return writer.replay(asked).orElseThrow(() -> e);
        }
    }

    /** Eligible members present now: those counted for opening the vote. */
    public Set<Long> presentEligible(Defense defense) {
        Set<Long> present = new HashSet<>();
        for (String id : rooms.present(defense.id())) {
            ParticipantIds.parse(id)
                    .filter(ref -> ref.kind() == ParticipantIds.Kind.MEMBER && defense.isEligible(ref.id()))
                    .ifPresent(ref -> present.add(ref.id()));
        }
        return present;
    }

    public int quorum(Defense defense) {
        return quorum.required(defense.panel().size());
    }

    public Tally tally(Defense defense) {
        List<Vote> cast = votes.findByDefense(defense);
        Set<Long> present = new HashSet<>(defense.votingPresentMemberIds());
        cast.forEach(v -> present.add(v.memberId()));
        int vetoes = (int) cast.stream().filter(v -> v.decision() == Decision.VETO).count();
        return new Tally(defense.reachedVoting(), quorum(defense), defense.eligibleMemberIds().size(),
                present.size(), cast.size(), vetoes, cast.size() - vetoes);
    }

    public Outcome resolve(Defense defense) {
        return policy.resolve(tally(defense));
    }

    public List<Vote> votes(Defense defense) {
        return votes.findByDefense(defense);
    }

    public boolean closed(Defense defense) {
        return defense.stage() == DefenseStage.CLOSED;
    }

    private static boolean raced(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
