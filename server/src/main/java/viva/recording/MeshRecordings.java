package viva.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.audit.AuditTrail;
import viva.defense.Defense;
import viva.defense.DefenseClosing;
import viva.defense.DefenseRepository;
import viva.defense.DefenseService;
import viva.defense.DefenseStage;
import viva.defense.DefenseStateException;
import viva.json.Jsonp;
import viva.system.InTransaction;
import viva.system.Refusal;
import viva.system.Sha256;

/**
 * Recordings made without a media server: the secretary's page records the defense (every video
 * tiled, the audio mixed) and uploads it in chunks as it goes, one part per page load. Each part
 * is a file beside Kurento's recordings; when it ends (the page starts another, or the defense
 * closes) its length, size and SHA-256 go into the audit trail. Disk use is bounded per defense
 * ({@code VIVA_RECORDING_MAX_MB}) and by the free space left ({@code VIVA_RECORDING_MIN_FREE_MB}):
 * at either bound the part is CUT and the defense goes on.
 */
@ApplicationScoped
public class MeshRecordings {

    public static final int MAX_CHUNK_BYTES = 8 * 1024 * 1024;

    @Inject
    RecordingRepository recordings;

    @Inject
    DefenseRepository defenses;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "viva.recording.uri")
    Optional<String> recordingUri;

    @Inject
    @ConfigProperty(name = "viva.db.dir")
    Optional<String> databaseFolder;

    @Inject
    @ConfigProperty(name = "viva.recording.max.mb", defaultValue = "4096")
    long maxMegabytesPerDefense;

    @Inject
    @ConfigProperty(name = "viva.recording.min.free.mb", defaultValue = "512")
    long minFreeMegabytes;

    /**
     * What a chunk did: appended (or had been before: the same seq again), and the part's state;
     * {@code cutReason} when this chunk met the disk's bound and the part was CUT instead.
     */
    public record Appended(long recordingId, int nextSeq, String state, String cutReason) {

        /** A cut is answered as a refusal once the cut is stored (a refusal inside would undo it). */
        public Appended orRefuse() {
            if (cutReason != null) {
                throw cut("The recording reached the disk's bound and was cut; the defense goes on.", cutReason);
            }
            return this;
        }
    }

    /** Starts the next part of a defense's recording; a part still open (the page was reloaded) ends first. */
    @InTransaction
    public Recording start(long defenseId, String actor) {
        Defense defense = defenses.lock(defenseId).orElseThrow(() -> Refusal.notFound("defense_not_found",
                "No defense " + defenseId + "."));
        DefenseStage stage = defense.stage();
        if (stage.compareTo(DefenseStage.STATEMENT) < 0 || stage == DefenseStage.CLOSED) {
            throw new DefenseStateException("not_recording_stage", "A defense is recorded from STATEMENT until it closes.");
        }
        String bound = overBound(defenseId, 0);
        if (bound != null) {
            throw cut("The defense's recordings have reached the disk's bound; the defense goes on unrecorded.", bound);
        }
        for (Recording open : recordings.findByDefense(defenseId)) {
            if (open.source() == Recording.Source.MESH && open.state() == Recording.State.RECORDING) {
                seal(open, Recording.State.COMPLETE, actor, null);
            }
        }
        Instant now = clock.instant();
        Path file = folder().resolve("defense-" + defenseId + "-" + now.toEpochMilli() + ".webm");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[0], StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Recording part = Recording.meshPart(defenseId, file.toUri().toString(), now);
        recordings.store(part);
        audit.record(actor, "recording.started", DefenseService.subject(defenseId), Jsonp.createObjectBuilder()
                .add("recordingId", part.id()).add("source", "MESH").add("at", now.toString()).build());
        return part;
    }

    /**
     * Appends chunk {@code seq} of a part: the next one is appended, one already appended is
     * acknowledged again (a retried upload), a gap is refused. At the disk's bound the part is CUT.
     */
    @InTransaction
    public Appended append(long defenseId, long recordingId, int seq, byte[] chunk, String actor) {
        Recording part = recordings.find(recordingId).filter(r -> r.defenseId() == defenseId
                        && r.source() == Recording.Source.MESH)
                .orElseThrow(() -> Refusal.notFound("recording_not_found", "No recording " + recordingId
                        + " of defense " + defenseId + "."));
        if (seq < part.nextSeq()) {
            return new Appended(part.id(), part.nextSeq(), part.state().name(), null);
        }
        if (part.state() == Recording.State.CUT) {
            throw cut("This recording was cut at the disk's bound; the defense goes on unrecorded.", "cut");
        }
        if (part.state() != Recording.State.RECORDING) {
            throw Refusal.conflict("recording_ended", "This part of the recording has ended; start another.");
        }
        if (seq > part.nextSeq()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "chunk_out_of_order", "Chunk " + part.nextSeq()
                    + " comes next.", Map.of("expectedSeq", part.nextSeq()));
        }
        String bound = overBound(defenseId, chunk.length);
        if (bound != null) {
            seal(part, Recording.State.CUT, actor, bound);
            return new Appended(part.id(), part.nextSeq(), part.state().name(), bound);
        }
        Path file = file(part);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            out.write(chunk);
        } catch (IOException e) {
            seal(part, Recording.State.CUT, actor, "write_failed");
            return new Appended(part.id(), part.nextSeq(), part.state().name(), "write_failed");
        }
        part.chunkAppended();
        return new Appended(part.id(), part.nextSeq(), part.state().name(), null);
    }

    /** The page says the part is over (it stopped recording). */
    @InTransaction
    public Recording end(long defenseId, long recordingId, String actor) {
        Recording part = recordings.find(recordingId).filter(r -> r.defenseId() == defenseId
                        && r.source() == Recording.Source.MESH)
                .orElseThrow(() -> Refusal.notFound("recording_not_found", "No recording " + recordingId
                        + " of defense " + defenseId + "."));
        seal(part, Recording.State.COMPLETE, actor, null);
        return part;
    }

    /** At close, in the closing transaction: every open part ends, its hash in the trail before the result. */
    void onClosing(@Observes DefenseClosing closing) {
        long defenseId = closing.defense().id();
        for (Recording part : recordings.findByDefense(defenseId)) {
            if (part.source() == Recording.Source.MESH && part.state() == Recording.State.RECORDING) {
                seal(part, Recording.State.COMPLETE, RecordingLog.ACTOR, null);
            }
        }
    }

    private void seal(Recording part, Recording.State how, String actor, String reason) {
        Path file = file(part);
        long length;
        String sha256;
        try {
            length = Files.size(file);
            sha256 = Sha256.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant now = clock.instant();
        part.seal(how, now, length, sha256);
        var payload = Jsonp.createObjectBuilder().add("recordingId", part.id()).add("source", "MESH")
                .add("state", how.name()).add("bytes", length).add("sha256", sha256)
                .add("seconds", Duration.between(part.startedAt(), now).toSeconds())
                .add("chunks", part.nextSeq());
        if (reason != null) {
            payload.add("reason", reason);
        }
        audit.record(actor, how == Recording.State.CUT ? "recording.cut" : "recording.stopped",
                DefenseService.subject(part.defenseId()), payload.build());
    }

    /** Which bound another {@code more} bytes would cross: {@code limit} (per defense), {@code disk_full}, or none. */
    private String overBound(long defenseId, long more) {
        long used = 0;
        for (Recording r : recordings.findByDefense(defenseId)) {
            if (r.source() == Recording.Source.MESH) {
                used += r.bytes() != null ? r.bytes() : file(r).toFile().length();
            }
        }
        long max = maxMegabytesPerDefense * 1024 * 1024;
        // A new part (nothing more yet) needs room left; a chunk may fill the bound exactly.
        if (more == 0 ? used >= max : used + more > max) {
            return "limit";
        }
        File folder = folder().toFile();
        while (folder != null && !folder.exists()) {
            folder = folder.getParentFile();
        }
        if (folder != null && folder.getUsableSpace() - more < minFreeMegabytes * 1024 * 1024) {
            return "disk_full";
        }
        return null;
    }

    static Refusal cut(String message, String reason) {
        return new Refusal(Refusal.Kind.CONFLICT, "recording_cut", message, Map.of("reason", reason));
    }

    private static Path file(Recording part) {
        return Path.of(URI.create(part.location()));
    }

    /** Mesh parts go beside Kurento's recordings, under {@code mesh/}. */
    private Path folder() {
        String uri = recordingUri.map(String::strip).filter(s -> s.startsWith("file:")).orElse(null);
        if (uri != null) {
            return Path.of(URI.create(uri.startsWith("file:///") || !uri.startsWith("file://") ? uri
                    : "file:///" + uri.substring("file://".length()).replaceFirst("^/+", ""))).resolve("mesh");
        }
        String db = databaseFolder.map(String::strip).filter(s -> !s.isEmpty()).orElse("viva-db");
        return Path.of(db + "-recordings").toAbsolutePath().resolve("mesh");
    }
}
