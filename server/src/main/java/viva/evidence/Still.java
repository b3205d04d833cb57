package viva.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import viva.defense.DefenseStage;

/** A still of the applicant's video taken during a defense (答辩图片), kept as a file with its SHA-256. */
@Entity
@Table(name = "STILL", indexes = @Index(name = "IX_STILL_DEFENSE", columnList = "DEFENSE_ID"))
public class Still {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    @Column(name = "ID")
    private Long id;

    @Column(name = "DEFENSE_ID", nullable = false)
    private long defenseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE", nullable = false, length = 16)
    private DefenseStage stage;

    @Column(name = "TAKEN_AT", nullable = false)
    private Instant takenAt;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "BYTES", nullable = false)
    private long bytes;

    /** The file's name inside the defense's evidence folder. */
    @Column(name = "FILE_NAME", nullable = false, length = 200)
    private String fileName;

    protected Still() {
    }

    public Still(long defenseId, DefenseStage stage, Instant takenAt, CleanImage image, String fileName) {
        this.defenseId = defenseId;
        this.stage = stage;
        this.takenAt = takenAt;
        this.sha256 = image.sha256();
        this.bytes = image.bytes().length;
        this.fileName = fileName;
    }

    public Long id() {
        return id;
    }

    public long defenseId() {
        return defenseId;
    }

    public DefenseStage stage() {
        return stage;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public String sha256() {
        return sha256;
    }

    public long bytes() {
        return bytes;
    }

    public String fileName() {
        return fileName;
    }
}
