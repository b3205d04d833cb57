package viva.benchmark.signaling;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A histogram of latencies in microseconds, safe to record into from many threads: exact to the
 * microsecond up to one second, one bucket above that (its maximum is kept exactly).
 */
final class Latencies {

    private static final int LIMIT_MICROS = 1_000_000;

    private final AtomicLongArray counts = new AtomicLongArray(LIMIT_MICROS + 1);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong maxNanos = new AtomicLong();

    void record(long nanos) {
        long micros = Math.max(0, nanos / 1000);
        counts.incrementAndGet((int) Math.min(micros, LIMIT_MICROS));
        total.incrementAndGet();
        maxNanos.accumulateAndGet(nanos, Math::max);
    }

    long count() {
        return total.get();
    }

    /** The nearest-rank percentile in milliseconds (q in 0..1); NaN when empty. */
    double percentileMillis(double q) {
        long n = total.get();
        if (n == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(q * n));
        long seen = 0;
        for (int i = 0; i <= LIMIT_MICROS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return i == LIMIT_MICROS ? maxMillis() : i / 1000.0;
            }
        }
        return maxMillis();
    }

    double maxMillis() {
        return maxNanos.get() / 1e6;
    }
}
