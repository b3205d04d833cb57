package viva.schedule.solver;

import java.util.List;

/**
 * A plan and how good it is. {@code placements} holds the applicants placed by this run and any
 * booked defense that was moved; booked defenses left alone are not repeated. A plan with
 * {@code hardViolations > 0} breaks a rule and must not be saved as it is.
 */
public record SolverOutput(String score, int hardViolations, long mediumPenalty, long softPenalty,
        List<Placement> placements, List<Long> unplacedApplicantIds, Metrics metrics) {

    public SolverOutput {
        placements = List.copyOf(placements);
        unplacedApplicantIds = List.copyOf(unplacedApplicantIds);
    }

    public boolean feasible() {
        return hardViolations == 0;
    }
}
