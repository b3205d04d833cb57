package viva.benchmark.signaling;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** What one run sent and received, over all its sockets. */
final class Tally {

    /** Offers, answers and ICE candidates: from sending (just before the frame goes out) to arrival. */
    final Latencies relay = new Latencies();
    /** A stage change: from the secretary's "stage" message to each participant's "stage". */
    final Latencies stage = new Latencies();
    /** A page's "ping" to its "pong". */
    final Latencies ping = new Latencies();

    final AtomicLong relaysSent = new AtomicLong();
    final AtomicLong relaysReceived = new AtomicLong();
    final AtomicLong stagesExpected = new AtomicLong();
    final AtomicLong pingsSent = new AtomicLong();
    final AtomicLong sendFailures = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong unexpectedCloses = new AtomicLong();
    final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

    void problem(String what) {
        if (problems.size() < 20) {
            problems.add(what);
        }
    }

    /** Messages that were sent but never arrived (relays, stage broadcasts, pongs). */
    long lost() {
        return Math.max(0, relaysSent.get() - relaysReceived.get())
                + Math.max(0, stagesExpected.get() - stage.count())
                + Math.max(0, pingsSent.get() - ping.count());
    }

    boolean settled() {
        return relaysReceived.get() >= relaysSent.get() && stage.count() >= stagesExpected.get()
                && ping.count() >= pingsSent.get();
    }
}
