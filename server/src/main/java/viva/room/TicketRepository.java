package viva.room;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The unused tickets every node sees. */
public interface TicketRepository {

    void store(RoomTicket ticket);

    /** When the participant's unused tickets for the defense expire, soonest first. */
    List<Instant> openExpiries(long defenseId, String participantId, Instant now);

    /**
     * Removes the ticket and answers it, if it was there: of two nodes redeeming the same ticket at
     * once, only the one whose delete took the row gets it.
     */
    Optional<RoomTicket> take(String tokenHash);

    void withdraw(long defenseId, String participantId);

    void forgetExpired(Instant now);
}
