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
 * One recording of a defense, kept for appeals: where it was written and when it started and
 * ended. A defense may have several: the media server was lost and came back, or (in mesh) the
 * secretary's page that records was reloaded and went on with a new part.
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

    /** Who made it: Kurento's recorder, or the secretary's page in mesh, uploading it in chunks. */
    public enum Source {
        KURENTO,
        MESH
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

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false, length = 8)
    private Source source = Source.KURENTO;

    /** Set when a mesh part ends: its length in bytes and SHA-256 as the audit trail holds them. */
    @Column(name = "BYTES")
    private Long bytes;

    @Column(name = "SHA256", length = 64)
    private String sha256;

    /** A mesh part: the sequence number the next chunk must carry. */
    @Column(name = "NEXT_SEQ")
    private Integer nextSeq;

    protected Recording() {
    }

    public Recording(long defenseId, String location, Instant startedAt) {
        this.defenseId = defenseId;
        this.location = location;
        this.startedAt = startedAt;
        this.state = State.RECORDING;
    }

    /** A part of a mesh recording, its chunks to be appended to the file at {@code location}. */
    public static Recording meshPart(long defenseId, String location, Instant startedAt) {
        Recording part = new Recording(defenseId, location, startedAt);
        part.source = Source.MESH;
        part.nextSeq = 0;
        return part;
    }

    /** A mesh part took the chunk that the next one must follow. */
    public void chunkAppended() {
        nextSeq = nextSeq + 1;
    }

    /** A mesh part ends: complete, or cut at the disk's bound; its file's length and hash are final. */
    public void seal(State how, Instant at, long length, String hash) {
        if (state == State.RECORDING) {
            end(how, at);
            bytes = length;
            sha256 = hash;
        }
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

    public Source source() {
        return source;
    }

    public Long bytes() {
        return bytes;
    }

    public String sha256() {
        return sha256;
    }

    public int nextSeq() {
        return nextSeq == null ? 0 : nextSeq;
    }
}
