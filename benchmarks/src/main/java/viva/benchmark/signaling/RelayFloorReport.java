package viva.benchmark.signaling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import viva.benchmark.Outcome;
import viva.benchmark.Ratio;
import viva.benchmark.Stats;

/**
 * Viva's relay beside the floor's, level by level: the same generator and R on the floor WAR's bare
 * relay socket. Appends a table to signaling.md and the floor rows to signaling.goal.md.
 */
final class RelayFloorReport {

    private static final double GOAL_P99_RATIO = 1.5;
    private static final double GOAL_CPU_RATIO = 2.0;

    private final double goalMillis;

    RelayFloorReport(double goalMillis) {
        this.goalMillis = goalMillis;
    }

    void write(List<List<SignalingLoad.Run>> viva, List<List<SignalingLoad.Run>> floor) throws Exception {
        StringBuilder md = new StringBuilder("\n**Floor**: after each level's runs, as many runs of the same"
                + " generator at the same R on a bare relay socket in the same Liberty (`benchmarks-floor`,"
                + " `/floor/relay/ID`: each frame to the socket its `to` names, no tickets, rooms, checks or"
                + " stage changes; the generator names the sender in the frame). Server CPU per relayed"
                + " message: the Liberty JVM's CPU time over the session divided by the relays received (for"
                + " Viva it also pays for stage changes and pings). Heap per open room: Viva's live heap minus"
                + " the floor's, over R.\n\n");
        md.append("| R | who | relay p50 ms | relay p99 ms | lost | server CPU per relayed message, µs |"
                + " live heap MB |\n|---|---|---|---|---|---|---|\n");
        StringBuilder goals = new StringBuilder();
        for (int i = 0; i < viva.size() && i < floor.size(); i++) {
            List<SignalingLoad.Run> v = viva.get(i);
            List<SignalingLoad.Run> f = floor.get(i);
            if (f.isEmpty()) {
                continue;
            }
            int rooms = v.get(0).rooms();
            md.append(row(rooms, "Viva", v)).append(row(rooms, "floor", f));
            double[] vp99 = each(v, r -> r.p(0.99));
            double[] fp99 = each(f, r -> r.p(0.99));
            double[] vcpu = each(v, RelayFloorReport::cpuMicros);
            double[] fcpu = each(f, RelayFloorReport::cpuMicros);
            long lost = v.stream().mapToLong(r -> r.tally().lost()).sum();
            long floorLost = f.stream().mapToLong(r -> r.tally().lost()).sum();
            double p99Ratio = Stats.median(vp99) / Stats.median(fp99);
            double cpuRatio = Stats.median(vcpu) / Stats.median(fcpu);
            double heapPerRoom = (Stats.median(each(v, r -> r.liveHeap())) - Stats.median(each(f, r -> r.liveHeap())))
                    / rooms / 1024;
            goals.append(String.format(Locale.ROOT, "| Signaling relay, R = %d (%,d sockets), p99 | Viva %s ms, %d lost;"
                            + " floor %s ms, %d lost | %s | ≤ %.1f× floor, nothing lost | %s | p99 ≤ %.0f ms: %s |%n",
                    rooms, rooms * 8, Stats.spread(vp99, "%.2f"), lost, Stats.spread(fp99, "%.2f"), floorLost,
                    Ratio.of(p99Ratio, ratios(vp99, fp99)), GOAL_P99_RATIO,
                    p99Ratio <= GOAL_P99_RATIO && lost == 0 ? "met" : "**missed**", goalMillis,
                    Stats.median(vp99) <= goalMillis && lost == 0 ? "met" : "**missed**"));
            goals.append(String.format(Locale.ROOT, "| Signaling relay, R = %d, server CPU per relayed message"
                            + " | Viva %s µs; floor %s µs (heap per open room %.0f KB) | %s | ≤ %.1f× floor | %s | |%n",
                    rooms, Stats.spread(vcpu, "%.0f"), Stats.spread(fcpu, "%.0f"), heapPerRoom,
                    Ratio.of(cpuRatio, ratios(vcpu, fcpu)), GOAL_CPU_RATIO,
                    cpuRatio <= GOAL_CPU_RATIO ? "met" : "**missed**"));
        }
        Path dir = Outcome.dir();
        Files.writeString(dir.resolve("signaling.md"), md.toString(), StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("signaling.goal.md"), goals.toString(), StandardOpenOption.APPEND);
    }

    private static String row(int rooms, String who, List<SignalingLoad.Run> runs) {
        return String.format(Locale.ROOT, "| %d | %s | %s | %s | %d | %s | %s |%n", rooms, who,
                Stats.spread(each(runs, r -> r.p(0.5)), "%.2f"), Stats.spread(each(runs, r -> r.p(0.99)), "%.2f"),
                runs.stream().mapToLong(r -> r.tally().lost()).sum(),
                Stats.spread(each(runs, RelayFloorReport::cpuMicros), "%.0f"),
                Stats.spread(each(runs, r -> r.liveHeap() / 1048576.0), "%.0f"));
    }

    private static double cpuMicros(SignalingLoad.Run r) {
        return r.serverCpuSeconds() * 1e6 / Math.max(1, r.tally().relay.count());
    }

    private static double[] each(List<SignalingLoad.Run> runs, ToDoubleFunction<SignalingLoad.Run> f) {
        return runs.stream().mapToDouble(f).toArray();
    }

    private static double[] ratios(double[] viva, double[] floor) {
        double[] r = new double[Math.min(viva.length, floor.length)];
        for (int i = 0; i < r.length; i++) {
            r[i] = viva[i] / floor[i];
        }
        return r;
    }
}
