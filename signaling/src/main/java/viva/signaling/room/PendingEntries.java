package viva.signaling.room;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import viva.signaling.Entry;

/**
 * Entries whose ticket the handshake filter redeemed, waiting for their socket to open. Kept only
 * for seconds: an upgrade that never completes leaves nothing behind for long.
 */
@ApplicationScoped
public class PendingEntries {

    private static final Duration KEEP = Duration.ofSeconds(30);

    private record Pending(Entry entry, Instant until) {
    }

    private final Map<String, Pending> byTicket = new ConcurrentHashMap<>();

    public void put(String ticket, Entry entry, Instant now) {
        byTicket.values().removeIf(p -> p.until().isBefore(now));
        byTicket.put(ticket, new Pending(entry, now.plus(KEEP)));
    }

    public Optional<Entry> take(String ticket, Instant now) {
        Pending pending = ticket == null ? null : byTicket.remove(ticket);
        return pending == null || pending.until().isBefore(now) ? Optional.empty() : Optional.of(pending.entry());
    }
}
