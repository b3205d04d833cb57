package viva.people;

import viva.audit.AuditTrail;
import viva.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import viva.system.InTransaction;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import viva.round.EvaluationRound;
import viva.round.RoundService;
import viva.system.Refusal;

@ApplicationScoped
public class ApplicantService {

    public record ImportResult(int created, List<ApplicantCsv.Rejection> rejected) {
    }

    @Inject
    ApplicantRepository applicants;

    @Inject
    ApplicantFactory factory;

    @Inject
    RoundService rounds;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @InTransaction
    public Applicant register(NewApplicant request) {
        EvaluationRound round = rounds.resolve(request.roundId());
        round.refuseChangesOncePublished();
        Applicant applicant = factory.create(request, round);
        if (applicants.existsInRound(round, applicant.idNumber())) {
            throw Refusal.conflict("duplicate_id_number",
                    "An applicant with this ID number is already in the round.");
        }
        applicants.store(applicant);
        recordRegistered(applicant);
        return applicant;
    }

    public List<Applicant> list(Long roundId) {
        return applicants.findByRound(rounds.resolve(roundId));
    }

    public Applicant get(long id) {
        return applicants.find(id)
                .orElseThrow(() -> Refusal.notFound("applicant_not_found", "No applicant " + id + "."));
    }

    /**
     * Imports every good line of the file and reports each other one with its reason; the good
     * lines are stored in one transaction, so a failure stores none of them.
     */
    @InTransaction
    public ImportResult importCsv(Long roundId, byte[] content) {
        EvaluationRound round = rounds.resolve(roundId);
        round.refuseChangesOncePublished();
        ApplicantCsv.Parsed parsed = ApplicantCsv.parse(content, round.id());
        List<ApplicantCsv.Rejection> rejected = new ArrayList<>(parsed.rejected());
        Set<String> seen = new HashSet<>();
        int created = 0;
        for (ApplicantCsv.Line line : parsed.lines()) {
            try {
                Applicant applicant = validated(line.request(), round);
                if (!seen.add(applicant.idNumber())) {
                    rejected.add(new ApplicantCsv.Rejection(line.line(), "the ID number appears on an earlier line"));
                } else if (applicants.existsInRound(round, applicant.idNumber())) {
                    rejected.add(new ApplicantCsv.Rejection(line.line(),
                            "an applicant with this ID number is already in the round"));
                } else {
                    applicants.store(applicant);
                    recordRegistered(applicant);
                    created++;
                }
            } catch (Refusal e) {
                rejected.add(new ApplicantCsv.Rejection(line.line(), e.getMessage()));
            }
        }
        rejected.sort(Comparator.comparingInt(ApplicantCsv.Rejection::line));
        return new ImportResult(created, rejected);
    }

    private void recordRegistered(Applicant a) {
        audit.record("applicant.registered", "applicant:" + a.id(), Jsonp.createObjectBuilder()
                .add("roundId", a.round().id())
                .add("name", a.name())
                .add("specialty", a.specialty().code())
                .add("level", a.level().name())
                .add("status", a.status().name())
                .build());
    }

    private Applicant validated(NewApplicant request, EvaluationRound round) {
        Set<ConstraintViolation<NewApplicant>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<String> problems = violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted()
                    .toList();
            throw Refusal.invalid("validation_failed", String.join("; ", problems));
        }
        return factory.create(request, round);
    }
}
