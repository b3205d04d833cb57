package viva.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import viva.people.MemberRepository;
import viva.system.DuplicateKey;
import viva.system.InTransaction;

/** Casting votes: batched, each checked and stored with its audit event by {@link VoteWriter}. */
@ApplicationScoped
public class VotingService {

    @Inject
    VoteWriter writer;

    @Inject
    VoteBatcher batcher;

    @Inject
    MemberRepository members;

    /** A member's account name, read in a transaction of its own: the room's socket threads have none. */
    @InTransaction
    public Optional<String> username(long memberId) {
        return members.find(memberId).map(m -> m.account().username());
    }

    /**
     * Casts a vote. Two requests of one member racing each other are decided by the database's
     * unique key; the loser is answered as a repeat (same key) or as a second vote.
     */
    public Ballot cast(long defenseId, String username, String decision, String reason, String idempotencyKey) {
        VoteWriter.AskedVote asked = new VoteWriter.AskedVote(defenseId, username, decision, reason, idempotencyKey);
        try {
            return batcher.cast(asked).ballotOrThrow();
        } catch (RuntimeException e) {
            if (!raced(e)) {
                throw e;
            }
            return writer.replay(asked).orElseThrow(() -> e);
        }
    }

    private static boolean raced(Throwable e) {
        return DuplicateKey.in(e);
    }
}
