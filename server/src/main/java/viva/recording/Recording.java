package viva.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * One recording of a defense, kept for appeals: where the media server wrote it and when it
 * started and ended. A defense may have several (the media server was lost and came back).
 */
@Entity
@Table(name = "RECORDING", uniqueConstraints = @UniqueConstraint(name = "UQ_RECORDING_LOCATION",
        columnNames = "LOCATION"), indexes = @Index(name = "IX_RECORDING_DEFENSE", columnList = "DEFENSE_ID"))
public class Recording {

    public enum State {
        RECORDING,
        COMPLETE,
        /** The media server went away mid-recording: the file ends where the loss happened. */
        CUT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "ID")
    private Long id;

    @Column(name = "DEFENSE_ID", nullable = false)
    private long defenseId;

    @Column(name = "LOCATION", nullable = false, length = 1000)
    private String location;

    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    @Column(name = "STOPPED_AT")
    private Instant stoppedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 12)
    private State state;

    protected Recording() {
    }

    public Recording(long defenseId, String location, Instant startedAt) {
        this.defenseId = defenseId;
        this.location = location;
        this.startedAt = startedAt;
        this.state = State.RECORDING;
    }

    /** The recording ended: complete, or cut by a lost media server. Only the first end counts. */
    public void end(State how, Instant at) {
        if (state == State.RECORDING) {
            state = how;
            stoppedAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public long defenseId() {
        return defenseId;
    }

    public String location() {
        return location;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant stoppedAt() {
        return stoppedAt;
    }

    public State state() {
        return state;
    }
}
