package viva.schedule.solver;

import java.time.Duration;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * The solver configuration, built once per JVM: compiling the constraint streams takes about a
 * second, and the factory is thread-safe.
 */
final class SolverSetup {

    private static final class Holder {
        static final SolverFactory<DefenseSchedule> FACTORY = SolverFactory.create(config());
    }

    private SolverSetup() {
    }

    static SolverConfig config() {
        return new SolverConfig()
                .withSolutionClass(DefenseSchedule.class)
                .withEntityClasses(Defense.class)
                .withConstraintProviderClass(DefenseConstraints.class)
                .withPhases(
                        // Places whatever the greedy start left unplaced, then improves.
                        new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(DefenseScheduler.DEFAULT_TIME_LIMIT));
    }

    static SolverFactory<DefenseSchedule> factory() {
        return Holder.FACTORY;
    }

    static SolutionManager<DefenseSchedule, HardMediumSoftScore> solutionManager() {
        return SolutionManager.create(factory());
    }

    static SolverConfigOverride<DefenseSchedule> termination(Duration timeLimit, boolean stopAtFirstFeasible) {
        // Timefold counts whole milliseconds.
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(Duration.ofMillis(Math.max(1, timeLimit.toMillis())));
        if (stopAtFirstFeasible) {
            termination.setBestScoreFeasible(true);
        }
        return new SolverConfigOverride<DefenseSchedule>().withTerminationConfig(termination);
    }
}
