package viva.benchmark;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Setup steps (never a measured request) tried again when the server answered 500: under
 * concurrent writes embedded Derby can end a transaction with a deadlock (it rolls back, so the
 * step did nothing and may be repeated). Every retry is counted and reported beside the figures.
 */
public final class Retry {

    public static final AtomicInteger RETRIES = new AtomicInteger();
    private static final int ATTEMPTS = 4;

    private Retry() {
    }

    public static <T> T onServerError(Callable<T> step) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.call();
            } catch (Exception | AssertionError e) {
                if (attempt >= ATTEMPTS || !String.valueOf(e.getMessage()).contains("internal_error")) {
                    throw e;
                }
                RETRIES.incrementAndGet();
                Thread.sleep(100L * attempt);
            }
        }
    }
}
