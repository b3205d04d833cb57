package viva.benchmark;

import java.util.Locale;

/** A benchmark's figure over its floor's, written like {@code 1.16×}. */
public final class Ratio {

    private Ratio() {
    }

    /** The ratio of the medians, with the (min–max) of the runs' own ratios. */
    public static String of(double ratio, double[] perRun) {
        if (perRun.length == 0) {
            return format(ratio);
        }
        return format(ratio) + " (" + format(Stats.min(perRun)) + "–" + format(Stats.max(perRun)) + ")";
    }

    public static String format(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
