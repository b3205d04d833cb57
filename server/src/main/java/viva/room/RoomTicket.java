package viva.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An unused ticket, by its hash. A row rather than memory, so that a ticket taken from one node
 * opens the room's socket on another, and deleting the row is what makes it single-use there too.
 */
@Entity
@Table(name = "ROOM_TICKET")
public class RoomTicket {

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    private String tokenHash;

    @Column(name = "DEFENSE_ID", nullable = false)
    private long defenseId;

    @Column(name = "PARTICIPANT_ID", nullable = false, length = 32)
    private String participantId;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    protected RoomTicket() {
    }

    public RoomTicket(String tokenHash, long defenseId, String participantId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.defenseId = defenseId;
        this.participantId = participantId;
        this.expiresAt = expiresAt;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public long defenseId() {
        return defenseId;
    }

    public String participantId() {
        return participantId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
