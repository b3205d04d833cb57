package viva.defense;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import viva.people.Applicant;
import viva.people.Member;
import viva.round.EvaluationRound;

public interface DefenseRepository {

    void store(Defense defense);

    void remove(Defense defense);

    Optional<Defense> find(long id);

    /**
     * The defense, its row locked until the transaction ends: closing and voting both take it
     * first, so that a vote either commits before the close (and is counted) or sees the close.
     */
    Optional<Defense> lock(long id);

    /** The applicant's defenses, oldest first. */
    List<Defense> findByApplicant(Applicant applicant);

    default Attempts attempts(Applicant applicant) {
        return new Attempts(findByApplicant(applicant));
    }

    List<Defense> findByRound(EvaluationRound round);

    /** Every defense, in any round, before a panel the member sits on. */
    List<Defense> findByMember(Member member);

    /** Every defense, in any round, whose time comes within the given interval. */
    List<Defense> findBetween(Instant from, Instant to);

    int nextNumber(EvaluationRound round);
}
