package viva.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which node holds a live defense room, until when: the holder renews it every few seconds, and
 * once it has stopped (died, stopped, lost the database) another node may take the room over.
 */
@Entity
@Table(name = "ROOM_LEASE")
public class RoomLease {

    @Id
    @Column(name = "DEFENSE_ID")
    private long defenseId;

    @Column(name = "NODE_NAME", nullable = false, length = 64)
    private String nodeName;

    /** The holder's own address as the other nodes reach it, for a participant handed over. */
    @Column(name = "NODE_URL", nullable = false, length = 255)
    private String nodeUrl;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    protected RoomLease() {
    }

    public RoomLease(long defenseId, String nodeName, String nodeUrl, Instant expiresAt) {
        this.defenseId = defenseId;
        this.nodeName = nodeName;
        this.nodeUrl = nodeUrl;
        this.expiresAt = expiresAt;
    }

    public long defenseId() {
        return defenseId;
    }

    public String nodeName() {
        return nodeName;
    }

    public String nodeUrl() {
        return nodeUrl;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
