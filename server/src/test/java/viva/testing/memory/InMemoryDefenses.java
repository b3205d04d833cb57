package viva.testing.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import viva.defense.Defense;
import viva.defense.DefenseRepository;
import viva.people.Applicant;
import viva.people.Member;
import viva.round.EvaluationRound;

/** Defenses, keeping the table's unique keys: one per applicant, one number per round. */
public final class InMemoryDefenses extends Stored<Defense> implements DefenseRepository {

    InMemoryDefenses(LongSupplier ids) {
        super(ids);
    }

    @Override
    public void store(Defense defense) {
        if (findByRound(defense.round()).stream().anyMatch(d -> d.number() == defense.number())) {
            throw Unique.violated("UQ_DEFENSE_ROUND_NUMBER");
        }
        super.store(defense);
    }

    /** One thread at a time runs the scenario, and there is no transaction to hold a lock to: a find. */
    @Override
    public Optional<Defense> lock(long id) {
        return find(id);
    }

    @Override
    public List<Defense> findByApplicant(Applicant applicant) {
        return rows().filter(d -> d.applicant().id().equals(applicant.id()))
                .sorted(Comparator.comparing(Defense::id)).toList();
    }

    @Override
    public List<Defense> findByRound(EvaluationRound round) {
        return rows().filter(d -> d.round().id().equals(round.id()))
                .sorted(Comparator.comparing(Defense::start).thenComparing(Defense::id)).toList();
    }

    @Override
    public List<Defense> findByMember(Member member) {
        return rows().filter(d -> d.panel().members().stream().anyMatch(m -> m.id().equals(member.id())))
                .sorted(Comparator.comparing(Defense::start).thenComparing(Defense::id)).toList();
    }

    @Override
    public List<Defense> findBetween(Instant from, Instant to) {
        return rows().filter(d -> d.start().isBefore(to) && d.end().isAfter(from)).toList();
    }

    @Override
    public int nextNumber(EvaluationRound round) {
        return findByRound(round).stream().mapToInt(Defense::number).max().orElse(0) + 1;
    }
}
