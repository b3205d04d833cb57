package viva.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.stream.Collectors;

/**
 * One name from one address: its recent failures, and the wait it has earned. A row, so that
 * failures made on every node count together.
 */
@Entity
@Table(name = "SIGN_IN_STREAK")
public class SignInStreak {

    @Id
    @Column(name = "STREAK_KEY", length = 64)
    private String key;

    /** The recent failures' instants in epoch milliseconds, comma-separated, oldest first. */
    @Column(name = "FAILURES", nullable = false, length = 200)
    private String failures = "";

    @Column(name = "WAITS", nullable = false)
    private int waits;

    @Column(name = "WAIT_UNTIL")
    private Instant waitUntil;

    @Column(name = "LAST_FAILURE", nullable = false)
    private Instant lastFailure;

    protected SignInStreak() {
    }

    public SignInStreak(String key, Instant now) {
        this.key = key;
        this.lastFailure = now;
    }

    public String key() {
        return key;
    }

    Instant waitUntil() {
        return waitUntil == null ? Instant.MIN : waitUntil;
    }

    int waits() {
        return waits;
    }

    boolean expired(Instant now, Duration window) {
        return !lastFailureOrWait().plus(window).isAfter(now);
    }

    /** When the streak last did anything: its last failure, or the end of its wait if later. */
    Instant lastFailureOrWait() {
        return waitUntil().isAfter(lastFailure) ? waitUntil() : lastFailure;
    }

    boolean waiting(Instant now) {
        return waitUntil().isAfter(now);
    }

    /** Counts a failure; answers how many remain inside the window (at most {@code keep}). */
    int fail(Instant now, Duration window, int keep) {
        Deque<Instant> recent = new ArrayDeque<>();
        if (!failures.isEmpty()) {
            Arrays.stream(failures.split(",")).map(Long::parseLong).map(Instant::ofEpochMilli).forEach(recent::addLast);
        }
        lastFailure = now;
        recent.addLast(now);
        recent.removeIf(t -> !t.plus(window).isAfter(now));
        while (recent.size() > keep) {
            recent.removeFirst();
        }
        failures = recent.stream().map(t -> Long.toString(t.toEpochMilli())).collect(Collectors.joining(","));
        return recent.size();
    }

    Instant startWait(Instant until) {
        waits++;
        waitUntil = until;
        return until;
    }
}
