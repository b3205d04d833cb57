package viva.room;

import viva.system.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import viva.system.InTransaction;
import viva.system.Refusal;
import viva.system.web.ErrorBody;

/**
 * Short-lived, single-use tickets for the WebSocket handshake. They live a minute, in the
 * database, so that whichever node the handshake reaches redeems a ticket taken on any node, once.
 */
@ApplicationScoped
public class TicketBook {

    public static final Duration LIFETIME = Duration.ofSeconds(60);

    /** Who a ticket admits, to which defense. */
    public record Grant(long defenseId, String participantId, Instant expiresAt) {
    }

    @Inject
    TicketRepository stored;

    /** Expired tickets are deleted now and then, not on every issue: each sweep scans the table. */
    private volatile Instant nextSweep = Instant.MIN;

    /** Tickets one participant may hold unused at once; more is a page or script gone wrong. */
    static final int OPEN_PER_PARTICIPANT = 5;

    @InTransaction
    public String issue(long defenseId, String participantId, Instant now) {
        if (!now.isBefore(nextSweep)) {
            nextSweep = now.plus(LIFETIME);
            stored.forgetExpired(now);
        }
        List<Instant> open = stored.openExpiries(defenseId, participantId, now);
        if (open.size() >= OPEN_PER_PARTICIPANT) {
            long wait = Math.max(1, Duration.between(now, open.get(0)).toSeconds() + 1);
            throw new Refusal(Refusal.Kind.THROTTLED, "too_many_tickets", "At most "
                    + OPEN_PER_PARTICIPANT + " unused tickets at once; use one or wait a minute.",
                    Map.of(ErrorBody.RETRY_AFTER_SECONDS, wait));
        }
        String ticket = Tokens.random();
        stored.store(new RoomTicket(Tokens.hash(ticket), defenseId, participantId, now.plus(LIFETIME)));
        return ticket;
    }

    /** Forgets the participant's unused tickets for the defense. */
    @InTransaction
    public void withdraw(long defenseId, String participantId) {
        stored.withdraw(defenseId, participantId);
    }

    /** The grant, once: a second use of the same ticket finds nothing. */
    @InTransaction
    public Optional<Grant> redeem(long defenseId, String ticket, Instant now) {
        return stored.take(Tokens.hash(ticket))
                .filter(t -> t.defenseId() == defenseId && !t.expiresAt().isBefore(now))
                .map(t -> new Grant(t.defenseId(), t.participantId(), t.expiresAt()));
    }
}
