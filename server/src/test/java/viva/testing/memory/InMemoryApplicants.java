package viva.testing.memory;

import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;
import viva.people.Applicant;
import viva.people.ApplicantRepository;
import viva.round.EvaluationRound;

public final class InMemoryApplicants extends Stored<Applicant> implements ApplicantRepository {

    InMemoryApplicants(LongSupplier ids) {
        super(ids);
    }

    @Override
    public List<Applicant> findByRound(EvaluationRound round) {
        return rows().filter(a -> a.round().id().equals(round.id())).sorted(Comparator.comparing(Applicant::id))
                .toList();
    }

    @Override
    public boolean existsInRound(EvaluationRound round, String idNumber) {
        return findByRound(round).stream().anyMatch(a -> a.idNumber().equals(idNumber));
    }
}
