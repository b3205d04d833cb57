package viva.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** Medians with their spread over runs, and percentiles of one run's samples. */
public final class Stats {

    private Stats() {
    }

    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    public static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    public static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** "median (min–max)" in the given format, e.g. "%.1f". */
    public static String spread(double[] values, String format) {
        if (values.length == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", median(values), min(values),
                max(values));
    }

    /** The nearest-rank percentile (q in 0..1) of unsorted values. */
    public static double percentile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(q * v.length);
        return v[Math.max(0, Math.min(v.length, rank) - 1)];
    }
}
