package viva.defense;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import viva.people.Applicant;
import viva.round.EvaluationRound;

public interface DefenseRepository {

    void store(Defense defense);

    void remove(Defense defense);

    Optional<Defense> find(long id);

    Optional<Defense> findByApplicant(Applicant applicant);

    List<Defense> findByRound(EvaluationRound round);

    /** Every defense, in any round, whose time comes within the given interval. */
    List<Defense> findBetween(Instant from, Instant to);

    int nextNumber(EvaluationRound round);
}
