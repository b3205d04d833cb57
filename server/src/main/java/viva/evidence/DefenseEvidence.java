package viva.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import viva.audit.AuditTrail;
import viva.defense.Defense;
import viva.defense.DefenseService;
import viva.defense.DefenseStage;
import viva.defense.DefenseStateException;
import viva.json.Jsonp;
import viva.system.InTransaction;
import viva.system.Refusal;
import viva.system.Values;

/**
 * The images kept of one defense: the still taken when the applicant's identity was checked, and
 * the stills of the defense itself (at the start of STATEMENT and QUESTIONS, and 10 s into
 * QUESTIONS, as the secretary's page takes them), each in the audit trail with its SHA-256.
 */
@ApplicationScoped
public class DefenseEvidence {

    public static final int MAX_BYTES = PhotoService.MAX_BYTES;

    @Inject
    DefenseService defenses;

    @Inject
    StillRepository stills;

    @Inject
    EvidenceFolder folder;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Keeps the still of the identity check and records the check on the defense. */
    @InTransaction
    public String verifyIdentity(long defenseId, byte[] jpeg, String actor) {
        CleanImage image = jpegOnly(CleanImage.of(jpeg));
        String sha256 = image.sha256();
        defenses.verifyIdentity(defenseId, sha256, image.bytes().length, actor);
        folder.write(folder.identity(defenseId), image.bytes());
        return sha256;
    }

    public Optional<byte[]> identityStill(long defenseId) {
        return folder.read(folder.identity(defenseId));
    }

    /**
     * Keeps a still of a running defense, recorded in the stage the defense is in; a stage named by
     * the page that is not the defense's own is refused, so that a late capture is not filed wrongly.
     */
    @InTransaction
    public Still takeStill(long defenseId, String stageName, byte[] jpeg, String actor) {
        Defense defense = defenses.get(defenseId);
        DefenseStage stage = defense.stage();
        if (stageName != null && !stageName.isBlank()) {
            DefenseStage named;
            try {
                named = Values.enumValue("stage", DefenseStage.class, stageName);
            } catch (Refusal e) {
                throw Refusal.invalid("invalid_stage", e.getMessage());
            }
            if (named != stage) {
                throw new DefenseStateException("wrong_stage", "The defense is in " + stage + ", not " + named + ".");
            }
        }
        if (!stage.started() || stage == DefenseStage.CLOSED) {
            throw new DefenseStateException("not_running", "Stills are taken while the defense runs.");
        }
        CleanImage image = jpegOnly(CleanImage.of(jpeg));
        String name = "still-" + stage.name().toLowerCase(java.util.Locale.ROOT) + "-" + clock.millis() + ".jpg";
        Still still = new Still(defenseId, stage, clock.instant(), image, name);
        stills.store(still);
        folder.write(folder.defense(defenseId).resolve(name), image.bytes());
        audit.record(actor, "still.taken", DefenseService.subject(defenseId), Jsonp.createObjectBuilder()
                .add("stillId", still.id()).add("stage", stage.name()).add("sha256", still.sha256())
                .add("bytes", still.bytes()).add("file", name).build());
        return still;
    }

    public List<Still> stills(long defenseId) {
        defenses.get(defenseId);
        return stills.findByDefense(defenseId);
    }

    public Optional<byte[]> stillFile(Still still) {
        return folder.read(folder.defense(still.defenseId()).resolve(still.fileName()));
    }

    private static CleanImage jpegOnly(CleanImage image) {
        if (image.format() != CleanImage.Format.JPEG) {
            throw CleanImage.invalid("A still is a JPEG image.");
        }
        return image;
    }
}
