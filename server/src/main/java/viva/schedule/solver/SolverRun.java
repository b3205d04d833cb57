package viva.schedule.solver;

import java.time.Duration;

/**
 * A finished run: its plan, why it ended, how long it took and how long to its first plan that
 * broke no rule (null if none did).
 */
public record SolverRun(SolverOutput output, EndedBy endedBy, Duration elapsed, Duration toFirstFeasible) {
}
