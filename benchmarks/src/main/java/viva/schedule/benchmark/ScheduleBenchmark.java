package viva.schedule.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import viva.schedule.solver.DefenseScheduler;
import viva.schedule.solver.GreedyScheduler;
import viva.schedule.solver.SolverInput;
import viva.schedule.solver.SolverOutput;

/**
 * Solver against the greedy baseline on generated rounds. Not a test: run it with the
 * schedule-benchmark Maven profile. Arguments: seconds per solve (default 30), then optionally
 * the round sizes to run (e.g. 2000).
 */
public final class ScheduleBenchmark {

    record Scenario(int applicants, int panels, int days) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario(200, 8, 5),
            new Scenario(1000, 20, 10),
            new Scenario(2000, 40, 10),
            new Scenario(3000, 60, 10));
    private static final long SEED = 20250915L;

    public static void main(String[] args) {
        Duration limit = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 30);
        List<Integer> only = Arrays.stream(args).skip(1).map(Integer::valueOf).toList();
        System.out.printf("Java %s, %d processors, time limit %ds, seed %d%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), limit.toSeconds(), SEED);
        // Compiles the constraint streams once so that no row pays for it.
        new GreedyScheduler().schedule(new RoundGenerator(SEED).round(20, 2, 1));
        System.out.println("| N | panels | days | plan | score (hard/medium/soft) | unplaced | time | member-days"
                + " | defenses per panel (min–max) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        try (DefenseScheduler scheduler = new DefenseScheduler()) {
            for (Scenario scenario : SCENARIOS) {
                if (!only.isEmpty() && !only.contains(scenario.applicants())) {
                    continue;
                }
                SolverInput input = new RoundGenerator(SEED).round(scenario.applicants(), scenario.panels(),
                        scenario.days());
                long started = System.nanoTime();
                SolverOutput greedy = new GreedyScheduler().schedule(input);
                print(scenario, "greedy", greedy, System.nanoTime() - started);
                started = System.nanoTime();
                SolverOutput solved = scheduler.solve(input, limit, false);
                print(scenario, "solver", solved, System.nanoTime() - started);
                started = System.nanoTime();
                SolverOutput firstFeasible = scheduler.solve(input, limit, true);
                print(scenario, "solver, first feasible", firstFeasible, System.nanoTime() - started);
            }
        }
    }

    private static void print(Scenario scenario, String plan, SolverOutput output, long nanos) {
        System.out.printf("| %,d | %d | %d | %s | %s | %d | %.1f s | %,d | %d–%d |%n", scenario.applicants(),
                scenario.panels(), scenario.days(), plan, output.score(), output.unplacedApplicantIds().size(),
                nanos / 1e9, output.metrics().memberDays(), output.metrics().minDefensesPerPanel(),
                output.metrics().maxDefensesPerPanel());
    }
}
