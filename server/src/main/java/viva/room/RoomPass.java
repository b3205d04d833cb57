package viva.room;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import viva.defense.Defense;

/**
 * The resume token a participant's page gets on entering: with it the page takes a new ticket
 * after a drop, until the defense closes. A page opened from a ticket link has no other
 * credential, so it must survive a server restart: only its hash is stored.
 */
@Entity
@Table(name = "ROOM_PASS")
public class RoomPass {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "DEFENSE_ID", nullable = false)
    private Defense defense;

    @Column(name = "PARTICIPANT_ID", nullable = false, length = 32)
    private String participantId;

    @Column(name = "TOKEN_HASH", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected RoomPass() {
    }

    public RoomPass(Defense defense, String participantId, String tokenHash, Instant createdAt) {
        this.defense = defense;
        this.participantId = participantId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public Defense defense() {
        return defense;
    }

    public String participantId() {
        return participantId;
    }
}
