package viva.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import viva.json.Jsonp;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import viva.audit.AuditTrail;
import viva.system.ApiException;

/**
 * After 5 failed sign-ins for one account within 10 minutes, further attempts wait until the
 * oldest of those failures is 10 minutes old (429 with Retry-After); the lock-out is audited.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /**
     * Failures are remembered per user name, also for names that do not exist (else the 429 would
     * tell which do); past this many names the ones whose failures are all older than the window
     * are forgotten, so that guessing many names cannot grow the memory without bound.
     */
    static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public void check(String username) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            recent.removeIf(t -> t.plus(WINDOW).isBefore(now));
            if (recent.size() >= LIMIT) {
                long wait = Duration.between(now, recent.peekFirst().plus(WINDOW)).toSeconds() + 1;
                throw new ApiException(Status.TOO_MANY_REQUESTS, "too_many_attempts",
                        "Too many failed sign-ins; try again in " + wait + " s.", Map.of("retryAfterSeconds", wait));
            }
        }
    }

    public void failed(String username) {
        Instant now = clock.instant();
        if (failures.size() >= PRUNE_ABOVE) {
            forgetExpired(now);
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        boolean lockedOut;
        synchronized (recent) {
            recent.addLast(now);
            while (recent.size() > LIMIT) {
                recent.removeFirst();
            }
            lockedOut = recent.size() == LIMIT && !recent.peekFirst().plus(WINDOW).isBefore(now);
        }
        if (lockedOut) {
            audit.record("system", "session.locked-out", "account:" + username, Jsonp.createObjectBuilder()
                    .add("failures", LIMIT).add("windowMinutes", WINDOW.toMinutes()).build());
        }
    }

    private void forgetExpired(Instant now) {
        failures.values().removeIf(recent -> {
            synchronized (recent) {
                return recent.isEmpty() || recent.peekLast().plus(WINDOW).isBefore(now);
            }
        });
    }

    /** How many user names have failures remembered. */
    int tracked() {
        return failures.size();
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
