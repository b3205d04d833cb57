package viva.schedule.solver;

import java.util.List;

/**
 * A plan and how good it is. {@code placements} holds the applicants placed by this run and any
 * booked defense that was moved; booked defenses left alone are not repeated. A plan with
 * {@code hardViolations > 0} breaks a rule and must not be saved as it is; applicants left out
 * are listed in {@code unplaced} with why, and are not counted as violations.
 */
public record SolverOutput(String score, int hardViolations, long mediumPenalty, long softPenalty,
        List<Placement> placements, List<Unplaced> unplaced, Metrics metrics) {

    public SolverOutput {
        placements = List.copyOf(placements);
        unplaced = List.copyOf(unplaced);
    }

    public List<Long> unplacedApplicantIds() {
        return unplaced.stream().map(Unplaced::applicantId).toList();
    }

    /** Breaks no rule (some applicants may still be left out). */
    public boolean feasible() {
        return hardViolations == 0;
    }

    /** Breaks no rule and places everyone. */
    public boolean complete() {
        return feasible() && unplaced.isEmpty();
    }

    /** Whether this plan is better for the secretariat: fewer broken rules, then fewer left out. */
    public boolean betterThan(SolverOutput other) {
        if (hardViolations != other.hardViolations) {
            return hardViolations < other.hardViolations;
        }
        return unplaced.size() < other.unplaced.size();
    }
}
