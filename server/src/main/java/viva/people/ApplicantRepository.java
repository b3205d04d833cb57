package viva.people;

import java.util.List;
import java.util.Optional;
import viva.round.EvaluationRound;

public interface ApplicantRepository {

    void store(Applicant applicant);

    Optional<Applicant> find(long id);

    List<Applicant> findByRound(EvaluationRound round);

    boolean existsInRound(EvaluationRound round, String idNumber);
}
