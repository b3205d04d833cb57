package viva.schedule.solver;

import java.time.Duration;
import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationCompositionStyle;
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
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(moves()))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(DefenseScheduler.DEFAULT_TIME_LIMIT));
    }

    /**
     * Besides changing a panel or a start alone, and swapping two defenses, a defense is moved to
     * another panel and another start at once: a panel's times are taken from the front of its
     * days, so moving a defense to the free end of another panel's day needs both.
     */
    private static MoveSelectorConfig<?> moves() {
        ChangeMoveSelectorConfig newPanel = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(Defense.class).withId("relocated"))
                .withValueSelectorConfig(new ValueSelectorConfig("panel"));
        ChangeMoveSelectorConfig newStart = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig("relocated"))
                .withValueSelectorConfig(new ValueSelectorConfig("slot"));
        return new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig("slot")),
                new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig("panel")),
                new CartesianProductMoveSelectorConfig(List.of(newPanel, newStart)),
                new SwapMoveSelectorConfig());
    }

    static SolverFactory<DefenseSchedule> factory() {
        return Holder.FACTORY;
    }

    static SolutionManager<DefenseSchedule, HardMediumSoftScore> solutionManager() {
        return SolutionManager.create(factory());
    }

    /**
     * The time limit, or, once the best plan breaks no rule, a spell without improvement (when
     * given), or the first such plan (with {@code stopAtFirstFeasible}). Feasible is reachable on
     * every round: an applicant left out costs medium, not hard.
     */
    static SolverConfigOverride<DefenseSchedule> termination(Duration timeLimit, boolean stopAtFirstFeasible,
            Duration unimproved) {
        // Timefold counts whole milliseconds.
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(Duration.ofMillis(Math.max(1, timeLimit.toMillis())));
        if (stopAtFirstFeasible) {
            termination.setBestScoreFeasible(true);
        } else if (unimproved != null) {
            termination.setTerminationConfigList(List.of(new TerminationConfig()
                    .withTerminationCompositionStyle(TerminationCompositionStyle.AND)
                    .withBestScoreFeasible(true)
                    .withUnimprovedSpentLimit(Duration.ofMillis(Math.max(1, unimproved.toMillis())))));
        }
        return new SolverConfigOverride<DefenseSchedule>().withTerminationConfig(termination);
    }
}
