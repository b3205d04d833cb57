package viva.testing.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import viva.round.EvaluationRound;
import viva.round.RoundRepository;

public final class InMemoryRounds extends Stored<EvaluationRound> implements RoundRepository {

    InMemoryRounds(LongSupplier ids) {
        super(ids);
    }

    @Override
    public Optional<EvaluationRound> latest() {
        return rows().max(Comparator.comparing(EvaluationRound::id));
    }

    @Override
    public List<EvaluationRound> findAll() {
        return rows().sorted(Comparator.comparing(EvaluationRound::id)).toList();
    }

    @Override
    public long count() {
        return rows().count();
    }

    /** One thread at a time runs the scenario: there is nobody to wait for. */
    @Override
    public void lockForScheduling(EvaluationRound round) {
        find(round.id()).orElseThrow(() -> new IllegalStateException("round " + round.id() + " is not stored"));
    }
}
