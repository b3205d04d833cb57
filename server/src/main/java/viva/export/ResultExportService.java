package viva.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import viva.defense.DefenseRepository;
import viva.people.ApplicantService;
import viva.round.EvaluationRound;
import viva.round.RoundService;

/** The round's outcome list, before and after publication, as it stands now. */
@ApplicationScoped
public class ResultExportService {

    @Inject
    RoundService rounds;

    @Inject
    ApplicantService applicants;

    @Inject
    DefenseRepository defenses;

    public List<ResultList.Line> lines(long roundId) {
        EvaluationRound round = rounds.get(roundId);
        return ResultList.of(applicants.list(round.id()), defenses.findByRound(round), round.zone());
    }

    public byte[] xlsx(long roundId) {
        return ResultFiles.xlsx(lines(roundId));
    }

    public byte[] csv(long roundId) {
        return ResultFiles.csv(lines(roundId));
    }
}
