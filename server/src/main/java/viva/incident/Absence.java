package viva.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One participant's absence from a defense room after their socket was lost: when it was lost,
 * when they came back (if they did), and whether the stage's clock stood still for it. Listed as a
 * DISCONNECTED incident and, once they are back, a RETURNED one.
 */
@Entity
@Table(name = "ROOM_ABSENCE", indexes = @Index(name = "IX_ROOM_ABSENCE_DEFENSE", columnList = "DEFENSE_ID"))
public class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "ID")
    private Long id;

    @Column(name = "DEFENSE_ID", nullable = false)
    private long defenseId;

    @Column(name = "PARTICIPANT_ID", nullable = false, length = 40)
    private String participantId;

    @Column(name = "PARTICIPANT_ROLE", nullable = false, length = 16)
    private String role;

    @Column(name = "LOST_AT", nullable = false)
    private Instant lostAt;

    @Column(name = "RETURNED_AT")
    private Instant returnedAt;

    @Column(name = "CLOCK_PAUSED", nullable = false)
    private boolean clockPaused;

    protected Absence() {
    }

    public Absence(long defenseId, String participantId, String role, Instant lostAt, boolean clockPaused) {
        this.defenseId = defenseId;
        this.participantId = participantId;
        this.role = role;
        this.lostAt = lostAt;
        this.clockPaused = clockPaused;
    }

    /** The participant is back; a clock that resumed on their return stood still for this absence. */
    public void returned(Instant at, boolean clockResumed) {
        if (returnedAt == null) {
            returnedAt = at.isBefore(lostAt) ? lostAt : at;
            clockPaused |= clockResumed;
        }
    }

    /** Whole seconds away: until the return, else until {@code closedAt}; null while still away in an open defense. */
    public Long seconds(Instant closedAt) {
        Instant end = returnedAt != null ? returnedAt : closedAt;
        return end == null ? null : Math.max(0, Math.round(Duration.between(lostAt, end).toMillis() / 1000.0));
    }

    public long defenseId() {
        return defenseId;
    }

    public String participantId() {
        return participantId;
    }

    public String role() {
        return role;
    }

    public Instant lostAt() {
        return lostAt;
    }

    public Instant returnedAt() {
        return returnedAt;
    }

    public boolean clockPaused() {
        return clockPaused;
    }
}
