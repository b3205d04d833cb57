package viva.vote;

import viva.defense.Decision;
import java.time.Instant;

/** What the voter is told about their own stored vote; {@code repeated} when a retry found it. */
public record Ballot(long voteId, Decision decision, Instant castAt, boolean repeated) {

    static Ballot of(Vote vote, boolean repeated) {
        return new Ballot(vote.id(), vote.decision(), vote.castAt(), repeated);
    }
}
