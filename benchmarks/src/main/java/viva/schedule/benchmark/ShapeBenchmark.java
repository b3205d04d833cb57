package viva.schedule.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import viva.schedule.solver.DefenseScheduler;
import viva.schedule.solver.GreedyScheduler;
import viva.schedule.solver.Placement;
import viva.schedule.solver.SolverInput;
import viva.schedule.solver.SolverOutput;
import viva.schedule.solver.SolverRun;

/**
 * The solver against the first-fit plan on each {@link RoundShape}, a median over several runs.
 * Not a test: run it with the schedule-benchmark Maven profile. Arguments: seconds per solve,
 * unimproved seconds, runs, then the sizes (default 500 and 2000) and optionally shape names.
 */
public final class ShapeBenchmark {

    private static final long SEED = 20261204L;

    private record Measured(int hardViolations, int unplaced, int memberDays, int daySpreadMin, int daySpreadMax,
            Double firstFeasibleSeconds, double endSeconds, String endedBy) {
    }

    private ShapeBenchmark() {
    }

    public static void main(String[] args) {
        Duration limit = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 30);
        Duration unimproved = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 3);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Integer> sizes = new ArrayList<>();
        List<RoundShape> shapes = new ArrayList<>();
        for (String arg : Arrays.asList(args).subList(Math.min(3, args.length), args.length)) {
            if (arg.chars().allMatch(Character::isDigit)) {
                sizes.add(Integer.valueOf(arg));
            } else {
                shapes.add(RoundShape.valueOf(arg));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(500, 2000);
        }
        if (shapes.isEmpty()) {
            shapes = List.of(RoundShape.values());
        }
        System.out.printf("Java %s, %d processors, time limit %ds, unimproved %ds, %d runs, seed %d%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), limit.toSeconds(),
                unimproved.toSeconds(), runs, SEED);
        new GreedyScheduler().schedule(RoundShape.UNIFORM.round(50, SEED));
        System.out.println("| shape | N | panels | days | plan | hard violations | unplaced | member-days"
                + " | defenses per day (min–max) | first feasible | end | ended by |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        try (DefenseScheduler scheduler = new DefenseScheduler()) {
            for (RoundShape shape : shapes) {
                for (int size : sizes) {
                    SolverInput input = shape.round(size, SEED);
                    List<Measured> firstFit = new ArrayList<>();
                    List<Measured> solver = new ArrayList<>();
                    for (int run = 0; run < runs; run++) {
                        long started = System.nanoTime();
                        SolverOutput greedy = new GreedyScheduler().schedule(input);
                        double seconds = (System.nanoTime() - started) / 1e9;
                        firstFit.add(measure(input, greedy, greedy.feasible() ? seconds : null, seconds, "—"));
                        SolverRun solved = scheduler.run(input, limit, unimproved, false);
                        solver.add(measure(input, solved.output(), solved.toFirstFeasible() == null ? null
                                : solved.toFirstFeasible().toMillis() / 1000.0, solved.elapsed().toMillis() / 1000.0,
                                solved.endedBy().name()));
                    }
                    print(shape, size, input, "first-fit", firstFit);
                    print(shape, size, input, "solver", solver);
                }
            }
        }
    }

    private static Measured measure(SolverInput input, SolverOutput output, Double firstFeasible, double end,
            String endedBy) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        input.calendar().days().forEach(d -> perDay.put(d, 0));
        for (Placement placement : output.placements()) {
            perDay.merge(input.calendar().dayOf(placement.start()), 1, Integer::sum);
        }
        int min = perDay.values().stream().min(Integer::compare).orElse(0);
        int max = perDay.values().stream().max(Integer::compare).orElse(0);
        return new Measured(output.hardViolations(), output.unplaced().size(), output.metrics().memberDays(), min, max,
                firstFeasible, end, endedBy);
    }

    private static void print(RoundShape shape, int size, SolverInput input, String plan, List<Measured> runs) {
        Double firstFeasible = runs.stream().anyMatch(m -> m.firstFeasibleSeconds() == null) ? null
                : median(runs, Measured::firstFeasibleSeconds);
        String endedBy = runs.stream().map(Measured::endedBy).sorted().distinct().reduce((a, b) -> a + ", " + b)
                .orElse("");
        System.out.printf("| %s | %,d | %d | %d | %s | %.0f | %.0f | %,.0f | %.0f–%.0f | %s | %.1f s | %s |%n",
                shape.label(), size, input.panels().size(), input.calendar().days().size(), plan,
                median(runs, Measured::hardViolations), median(runs, Measured::unplaced),
                median(runs, Measured::memberDays), median(runs, Measured::daySpreadMin),
                median(runs, Measured::daySpreadMax),
                firstFeasible == null ? "none" : String.format("%.1f s", firstFeasible),
                median(runs, Measured::endSeconds), endedBy);
    }

    private static double median(List<Measured> runs, ToDoubleFunction<Measured> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
