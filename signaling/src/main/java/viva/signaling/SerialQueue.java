package viva.signaling;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks one after the other, in the order given, on an executor; whoever submits while a task
 * runs only queues. With a shared pool it keeps one room's blocking media-server calls from
 * interleaving; with {@code Runnable::run} the submitter that finds the queue idle runs the tasks
 * itself, so one socket has one writer at a time and no other submitter waits for it.
 */
public final class SerialQueue {

    private static final Logger LOG = Logger.getLogger(SerialQueue.class.getName());

    private final Executor executor;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();

    public SerialQueue(Executor executor) {
        this.executor = executor;
    }

    public void submit(Runnable task) {
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
                    LOG.log(Level.WARNING, "task failed: " + e, e);
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
