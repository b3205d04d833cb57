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

/** An applicant's personal link into their defense; only the token's hash is kept. */
@Entity
@Table(name = "JOIN_LINK")
public class JoinLink {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "DEFENSE_ID", nullable = false)
    private Defense defense;

    @Column(name = "TOKEN_HASH", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    @Column(name = "REVOKED_AT")
    private Instant revokedAt;

    protected JoinLink() {
    }

    public JoinLink(Defense defense, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.defense = defense;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean opens(long defenseId, Instant now) {
        return defense.id() == defenseId && usableAt(now);
    }

    /** Neither revoked nor past its expiry (the defense's end plus the grace period). */
    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Defense defense() {
        return defense;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
