package viva.signaling.room;

/** Allows at most {@code limit} messages in any window of {@code windowMillis} (a sliding log). */
final class FloodGuard {

    private final long[] times;
    private final long windowMillis;
    private int next;
    private int count;

    FloodGuard(int limit, long windowMillis) {
        this.times = new long[limit];
        this.windowMillis = windowMillis;
    }

    synchronized boolean allow(long nowMillis) {
        if (count == times.length) {
            long oldest = times[next];
            if (nowMillis - oldest < windowMillis) {
                return false;
            }
        } else {
            count++;
        }
        times[next] = nowMillis;
        next = (next + 1) % times.length;
        return true;
    }
}
