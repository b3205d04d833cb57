package viva.room;

import viva.system.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import viva.system.Refusal;
import viva.system.web.ErrorBody;

/**
 * Short-lived, single-use tickets for the WebSocket handshake. They live a minute, in memory
 * only: a ticket lost in a restart is simply taken again.
 */
@ApplicationScoped
public class TicketBook {

    public static final Duration LIFETIME = Duration.ofSeconds(60);

    /** Who a ticket admits, to which defense. */
    public record Grant(long defenseId, String participantId, Instant expiresAt) {
    }

    private final Map<String, Grant> byHash = new ConcurrentHashMap<>();

    /** Tickets one participant may hold unused at once; more is a page or script gone wrong. */
    static final int OPEN_PER_PARTICIPANT = 5;

    public String issue(long defenseId, String participantId, Instant now) {
        byHash.values().removeIf(g -> g.expiresAt().isBefore(now));
        List<Instant> open = byHash.values().stream()
                .filter(g -> g.defenseId() == defenseId && g.participantId().equals(participantId))
                .map(Grant::expiresAt).sorted().toList();
        if (open.size() >= OPEN_PER_PARTICIPANT) {
            long wait = Math.max(1, Duration.between(now, open.get(0)).toSeconds() + 1);
            throw new Refusal(Refusal.Kind.THROTTLED, "too_many_tickets", "At most "
                    + OPEN_PER_PARTICIPANT + " unused tickets at once; use one or wait a minute.",
                    Map.of(ErrorBody.RETRY_AFTER_SECONDS, wait));
        }
        String ticket = Tokens.random();
        byHash.put(Tokens.hash(ticket), new Grant(defenseId, participantId, now.plus(LIFETIME)));
        return ticket;
    }

    /** Forgets the participant's unused tickets for the defense. */
    public void withdraw(long defenseId, String participantId) {
        byHash.values().removeIf(g -> g.defenseId() == defenseId && g.participantId().equals(participantId));
    }

    /** The grant, once: a second use of the same ticket finds nothing. */
    public Optional<Grant> redeem(long defenseId, String ticket, Instant now) {
        Grant grant = byHash.remove(Tokens.hash(ticket));
        if (grant == null || grant.defenseId() != defenseId || grant.expiresAt().isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }
}
