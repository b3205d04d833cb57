package viva.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import viva.system.InTransaction;
import viva.system.Tokens;

/**
 * Browser sessions in the database rather than in one node's memory: a cookie made on one node
 * is good on every other, and survives a restart. A session ends when signed out or after
 * {@link #IDLE} without a request.
 */
@ApplicationScoped
public class SessionBook {

    /** As long as a working day in the console, as Liberty's own sessions lasted. */
    public static final Duration IDLE = Duration.ofHours(8);
    /** Requests closer together than this do not write the session again. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A new session's cookie value and the session. */
    public record Opened(String token, BrowserSession session) {
    }

    @Inject
    BrowserSessionRepository sessions;

    @Inject
    Clock clock;

    @InTransaction
    public Opened open(String username, String role) {
        Instant now = clock.instant();
        sessions.removeIdleSince(now.minus(IDLE));
        String token = Tokens.random();
        BrowserSession session = new BrowserSession(Tokens.hash(token), username, role, Tokens.random(), now);
        sessions.store(session);
        return new Opened(token, session);
    }

    /** The live session the cookie names, if any. */
    @InTransaction
    public Optional<BrowserSession> find(String token) {
        Instant now = clock.instant();
        Optional<BrowserSession> found = sessions.find(Tokens.hash(token))
                .filter(s -> s.lastSeenAt().plus(IDLE).isAfter(now));
        found.filter(s -> !s.lastSeenAt().plus(TOUCH_EVERY).isAfter(now)).ifPresent(s -> s.seen(now));
        return found;
    }

    @InTransaction
    public void close(String token) {
        sessions.remove(Tokens.hash(token));
    }
}
