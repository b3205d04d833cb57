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

    private record Relay(String nodeUrl, Instant until) {
    }

    private final Map<String, Pending> byTicket = new ConcurrentHashMap<>();
    private final Map<String, Relay> relays = new ConcurrentHashMap<>();

    /** The ticket's socket is to be handed over, unredeemed, to the node at {@code nodeUrl}. */
    public void relay(String ticket, String nodeUrl, Instant now) {
        relays.values().removeIf(r -> r.until().isBefore(now));
        relays.put(ticket, new Relay(nodeUrl, now.plus(KEEP)));
    }

    /** Where the ticket's socket is to be handed over, if the handshake filter said so. */
    public Optional<String> takeRelay(String ticket, Instant now) {
        Relay relay = ticket == null ? null : relays.remove(ticket);
        return relay == null || relay.until().isBefore(now) ? Optional.empty() : Optional.of(relay.nodeUrl());
    }

    public void put(String ticket, Entry entry, Instant now) {
        byTicket.values().removeIf(p -> p.until().isBefore(now));
        byTicket.put(ticket, new Pending(entry, now.plus(KEEP)));
    }

    public Optional<Entry> take(String ticket, Instant now) {
        Pending pending = ticket == null ? null : byTicket.remove(ticket);
        return pending == null || pending.until().isBefore(now) ? Optional.empty() : Optional.of(pending.entry());
    }
}
