package viva.round;

import java.util.List;
import java.util.Optional;

public interface RoundRepository {

    void store(EvaluationRound round);

    Optional<EvaluationRound> find(long id);

    /** The newest round: what "the current round" means when a request names none. */
    Optional<EvaluationRound> latest();

    List<EvaluationRound> findAll();

    long count();

    /** Serializes scheduling writes of a round, so that two of them never pass the same check. */
    void lockForScheduling(EvaluationRound round);
}
