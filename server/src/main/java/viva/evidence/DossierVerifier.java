package viva.evidence;

import viva.system.Sha256;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import viva.audit.AuditHasher;
import viva.audit.AuditRecord;
import viva.json.Jsonp;

/**
 * Checks an appeal dossier ({@code evidence.zip}) offline: every file's SHA-256 matches the
 * manifest and, where the manifest names an audit event, that event's {@code sha256}; the audit
 * events chain (each pointing at the one before, each hash matching its row) to the stated head,
 * through the head at close. {@code DossierVerifier ZIP}; set VIVA_AUDIT_KEY when the server
 * hashes with a key. Prints the verdict; exits 0 when the dossier holds, 1 naming the first file
 * that does not, 2 when it cannot be read.
 */
public final class DossierVerifier {

    /** Whether the dossier holds, and if not, the first file that does not and why. */
    public record Verdict(boolean valid, String file, String reason, int files) {

        static Verdict broken(String file, String reason) {
            return new Verdict(false, file, reason, 0);
        }

        public String report() {
            var body = Jsonp.createObjectBuilder().add("valid", valid).add("files", files);
            if (!valid) {
                body.add("file", file).add("reason", reason);
            }
            return body.build().toString();
        }
    }

    private DossierVerifier() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: DossierVerifier EVIDENCE_ZIP");
            System.exit(2);
        }
        try {
            Verdict verdict = verify(Path.of(args[0]), System.getenv("VIVA_AUDIT_KEY"));
            System.out.println(verdict.report());
            System.out.flush();
            System.exit(verdict.valid() ? 0 : 1);
        } catch (IOException | RuntimeException e) {
            System.err.println("cannot read the dossier at " + args[0] + ": " + e.getMessage());
            System.exit(2);
        }
    }

    public static Verdict verify(Path zip, String key) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), readAll(in));
                }
            }
        }
        byte[] manifestBytes = entries.remove(Dossier.MANIFEST);
        if (manifestBytes == null) {
            return Verdict.broken(Dossier.MANIFEST, "the dossier has no manifest");
        }
        JsonObject manifest;
        try {
            manifest = json(manifestBytes);
        } catch (RuntimeException e) {
            return Verdict.broken(Dossier.MANIFEST, "the manifest is not valid JSON");
        }
        JsonArray files = manifest.getJsonArray("files");
        Map<String, JsonObject> listed = new LinkedHashMap<>();
        for (JsonObject file : files.getValuesAs(JsonObject.class)) {
            listed.put(file.getString("file"), file);
        }
        for (String name : entries.keySet()) {
            if (!listed.containsKey(name)) {
                return Verdict.broken(name, "the file is not in the manifest");
            }
        }
        Map<Long, AuditRecord> events = new LinkedHashMap<>();
        for (JsonObject file : listed.values()) {
            String name = file.getString("file");
            byte[] bytes = entries.get(name);
            if (bytes == null) {
                return Verdict.broken(name, "the manifest lists the file but the dossier lacks it");
            }
            if (!Sha256.of(bytes).equals(file.getString("sha256"))) {
                return Verdict.broken(name, "its SHA-256 does not match the manifest");
            }
        }
        byte[] auditBytes = entries.get(Dossier.AUDIT);
        if (auditBytes == null) {
            return Verdict.broken(Dossier.AUDIT, "the dossier has no audit events");
        }
        Optional<String> chainProblem = checkChain(auditBytes, manifest, new AuditHasher(key), events);
        if (chainProblem.isPresent()) {
            return Verdict.broken(Dossier.AUDIT, chainProblem.get());
        }
        for (JsonObject file : listed.values()) {
            if (file.containsKey("auditSeq")) {
                String name = file.getString("file");
                AuditRecord event = events.get(file.getJsonNumber("auditSeq").longValue());
                String sha = Sha256.of(entries.get(name));
                if (event == null || !DossierService.payloadSha(event.payload()).orElse("").equals(sha)) {
                    return Verdict.broken(name, "its SHA-256 does not match audit event " + file.get("auditSeq"));
                }
            }
        }
        return new Verdict(true, null, null, listed.size());
    }

    private static Optional<String> checkChain(byte[] auditBytes, JsonObject manifest, AuditHasher hasher,
            Map<Long, AuditRecord> events) {
        JsonObject audit;
        try {
            audit = json(auditBytes);
        } catch (RuntimeException e) {
            return Optional.of("the audit events are not valid JSON");
        }
        String previous = null;
        long expected = -1;
        boolean seenClosedHead = false;
        String closedHead = manifest.getString("closedAuditHead", "");
        try {
            for (JsonObject e : audit.getJsonArray("events").getValuesAs(JsonObject.class)) {
                AuditRecord row = new AuditRecord(e.getJsonNumber("seq").longValue(), Instant.parse(e.getString("at")),
                        e.getString("actor"), e.getString("action"), e.getString("subject"), e.getString("payload"),
                        e.getString("prevHash"), e.getString("hash"));
                if (expected >= 0 && row.seq() != expected) {
                    return Optional.of("expected event " + expected + ", found " + row.seq());
                }
                if (previous != null && !previous.equals(row.prevHash())) {
                    return Optional.of("event " + row.seq() + " does not point at the hash of the event before it");
                }
                if (!hasher.hash(row).equals(row.hash())) {
                    return Optional.of("event " + row.seq() + ": its content does not match its hash");
                }
                seenClosedHead |= row.hash().equals(closedHead);
                events.put(row.seq(), row);
                previous = row.hash();
                expected = row.seq() + 1;
            }
        } catch (RuntimeException e) {
            return Optional.of("an audit event lacks a field or has a malformed one");
        }
        if (previous == null || !previous.equals(manifest.getString("head", ""))
                || !previous.equals(audit.getString("head", ""))) {
            return Optional.of("the events do not end at the stated head");
        }
        if (!closedHead.isEmpty() && !seenClosedHead) {
            return Optional.of("the events do not pass through the head at close");
        }
        return Optional.empty();
    }

    private static JsonObject json(byte[] bytes) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
