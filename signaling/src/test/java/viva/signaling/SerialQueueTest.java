package viva.signaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The queue as a socket's outbox: run by whoever submits to an idle queue ({@code Runnable::run}). */
class SerialQueueTest {

    @Test
    void aSubmitterThatFindsTheQueueBusyOnlyQueuesAndTheRunningWriterRunsItsTask() throws Exception {
        SerialQueue queue = new SerialQueue(Runnable::run);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        Thread slowWriter = new Thread(() -> queue.submit(() -> {
            ran.add("slow on " + Thread.currentThread().getName());
            writing.countDown();
            await(release);
        }), "first");
        slowWriter.start();
        assertTrue(writing.await(5, TimeUnit.SECONDS));

        Thread other = new Thread(() -> queue.submit(() -> ran.add("queued on " + Thread.currentThread().getName())),
                "second");
        other.start();
        other.join(5_000);
        assertFalse(other.isAlive(), "the second submitter returns at once, not after the slow write");
        assertEquals(List.of("slow on first"), ran);

        release.countDown();
        slowWriter.join(5_000);
        assertEquals(List.of("slow on first", "queued on first"), ran);
    }

    @Test
    void concurrentSubmittersNeverOverlapAndEachOnesTasksKeepTheirOrder() throws Exception {
        SerialQueue queue = new SerialQueue(Runnable::run);
        int threads = 6;
        int perThread = 2_000;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        Map<Integer, List<Integer>> seen = new ConcurrentHashMap<>();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int sender = t;
            seen.put(sender, Collections.synchronizedList(new ArrayList<>()));
            Thread thread = new Thread(() -> {
                await(start);
                for (int i = 0; i < perThread; i++) {
                    int n = i;
                    queue.submit(() -> {
                        if (running.incrementAndGet() > 1) {
                            overlaps.incrementAndGet();
                        }
                        seen.get(sender).add(n);
                        running.decrementAndGet();
                    });
                }
            });
            all.add(thread);
            thread.start();
        }
        for (Thread thread : all) {
            thread.join(30_000);
        }
        assertEquals(0, overlaps.get(), "two tasks ran at once");
        for (int t = 0; t < threads; t++) {
            List<Integer> got = seen.get(t);
            assertEquals(perThread, got.size(), "every task of sender " + t + " ran");
            for (int i = 0; i < perThread; i++) {
                assertEquals(i, got.get(i), "sender " + t + "'s tasks in order");
            }
        }
    }

    @Test
    void aFailingTaskDoesNotStopTheOnesAfterIt() {
        SerialQueue queue = new SerialQueue(Runnable::run);
        List<String> ran = new ArrayList<>();
        queue.submit(() -> {
            throw new IllegalStateException("socket gone");
        });
        queue.submit(() -> ran.add("next"));
        assertEquals(List.of("next"), ran);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
