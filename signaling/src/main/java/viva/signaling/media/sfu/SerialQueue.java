package viva.signaling.media.sfu;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one room's media tasks one after the other, in the order given, on a shared executor: the
 * media server's calls block, and two of them for one room must never interleave.
 */
final class SerialQueue {

    private static final Logger LOG = Logger.getLogger(SerialQueue.class.getName());

    private final Executor executor;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();

    SerialQueue(Executor executor) {
        this.executor = executor;
    }

    void submit(Runnable task) {
        tasks.add(task);
        drainLater();
    }

    private void drainLater() {
        if (running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "media task failed: " + e, e);
                }
            }
        } finally {
            running.set(false);
        }
        // A task added between the last poll and the reset would otherwise wait for the next one.
        if (!tasks.isEmpty()) {
            drainLater();
        }
    }
}
