package viva.evidence;

import viva.system.Sha256;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import viva.audit.AuditRecord;
import viva.json.Jsonp;

/**
 * The appeal dossier of one closed defense as a ZIP: each file written once, its SHA-256 taken as
 * it goes, and {@code manifest.json} last, naming every file with its hash and, where the audit
 * trail holds that hash, the event that does.
 */
final class Dossier implements AutoCloseable {

    static final String MANIFEST = "manifest.json";
    static final String AUDIT = "audit-events.json";

    private final ZipOutputStream zip;
    private final JsonArrayBuilder files = Jsonp.createArrayBuilder();

    Dossier(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    void add(String name, String kind, byte[] bytes, Long auditSeq) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        listed(name, kind, bytes.length, Sha256.of(bytes), auditSeq);
    }

    void add(String name, String kind, Path file, Long auditSeq) throws IOException {
        MessageDigest sha = Sha256.digest();
        long length;
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            length = in.transferTo(zip);
        }
        zip.closeEntry();
        listed(name, kind, length, HexFormat.of().formatHex(sha.digest()), auditSeq);
    }

    private void listed(String name, String kind, long bytes, String sha256, Long auditSeq) {
        JsonObjectBuilder file = Jsonp.createObjectBuilder().add("file", name).add("kind", kind).add("bytes", bytes)
                .add("sha256", sha256);
        if (auditSeq != null) {
            file.add("auditSeq", auditSeq);
        }
        files.add(file);
    }

    /** The audit file: the stretch of the chain holding the defense's events, and the head at close. */
    static byte[] auditFile(long defenseId, String subject, String closedHead, List<AuditRecord> stretch) {
        JsonArrayBuilder events = Jsonp.createArrayBuilder();
        for (AuditRecord r : stretch) {
            events.add(Jsonp.createObjectBuilder().add("seq", r.seq()).add("at", r.at().toString())
                    .add("actor", r.actor()).add("action", r.action()).add("subject", r.subject())
                    .add("payload", r.payload()).add("prevHash", r.prevHash()).add("hash", r.hash()));
        }
        JsonObjectBuilder body = Jsonp.createObjectBuilder().add("defenseId", defenseId).add("subject", subject)
                .add("head", stretch.isEmpty() ? "" : stretch.get(stretch.size() - 1).hash())
                .add("events", events);
        if (closedHead != null) {
            body.add("closedAuditHead", closedHead);
        }
        return body.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    void finish(JsonObject about) throws IOException {
        JsonObjectBuilder manifest = Jsonp.createObjectBuilder();
        about.forEach(manifest::add);
        manifest.add("files", files);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(manifest.build().toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
