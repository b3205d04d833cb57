package viva.security;

import java.time.Instant;
import java.util.Optional;

public interface BrowserSessionRepository {

    void store(BrowserSession session);

    Optional<BrowserSession> find(String tokenHash);

    void remove(String tokenHash);

    /** Removes the sessions last seen before {@code before}. */
    void removeIdleSince(Instant before);
}
