package it.viva.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.Evidence;
import it.viva.support.RoomClient;
import it.viva.support.Voting;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import viva.evidence.DossierVerifier;

/**
 * The evidence of a defense over HTTP: ID photos and their rules, the identity check that admission
 * waits for, stills, a mesh recording uploaded in chunks (and cut at the disk's bound), and the
 * appeal dossier with its offline verifier. Photos and stills are never a member's.
 */
class EvidenceIT {

    @Test
    void aPhotoIsAnImageOfAtMostTwoMegabytesKeptWithoutItsMetadataForTheSecretariatOnly() throws IOException {
        Defenses.Setup setup = Defenses.scheduled();
        String path = "/api/applicants/" + setup.applicant() + "/photo";
        assertRefused(404, "no_photo", Api.secretary().get(path));

        byte[] withComment = pngWithComment("GPS 43.8N 87.6E, taken by 王建国's phone");
        assertEquals(204, Api.secretary().put(path, withComment, "image/png").status());
        byte[] kept = Api.secretary().bytes(path);
        assertTrue(ImageIO.read(new java.io.ByteArrayInputStream(kept)).getWidth() == 40, "still the same picture");
        assertFalse(new String(kept, StandardCharsets.ISO_8859_1).contains("GPS"), "the metadata is gone");

        assertRefused(415, "unsupported_media_type", Api.secretary().put(path, "hello".getBytes(), "text/plain"));
        assertRefused(400, "invalid_image", Api.secretary().put(path, "not a picture at all".getBytes(), "image/jpeg"));
        byte[] truncated = java.util.Arrays.copyOf(Defenses.still(), 40);
        assertRefused(400, "invalid_image", Api.secretary().put(path, truncated, "image/jpeg"));
        byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(Defenses.still(), 0, tooLarge, 0, Defenses.still().length);
        assertRefused(413, "too_large", Api.secretary().put(path, tooLarge, "image/jpeg"));

        for (Api member : List.of(setup.member(), setup.recused(), setup.outsider())) {
            assertEquals(403, member.get(path).status(), "blind review: no member sees a photo");
            assertEquals(403, member.put(path, withComment, "image/png").status());
        }
        assertEquals(401, Api.anonymous().get(path).status());
    }

    @Test
    void aZipOfPhotosStoresThoseNamedByIdNumberAndSaysWhyTheOthersWereNot() {
        Defenses.Setup setup = Defenses.scheduled();
        String idNumber = Api.secretary().get("/api/applicants/" + setup.applicant()).json().getString("idNumber");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(idNumber + ".jpg", Defenses.still(90));
        files.put("王建国.jpg", Defenses.still());
        files.put("photos/" + idNumber + ".png", Defenses.still());
        files.put("110101199003070000.png", Defenses.still());
        files.put(idNumber + ".png", "a text file renamed".getBytes(StandardCharsets.UTF_8));
        Api.Reply reply = Api.secretary().post("/api/applicants/photos?roundId=" + setup.round(),
                Evidence.zip(files), "application/zip");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals(1, reply.json().getInt("stored"));
        Map<String, String> reasons = new LinkedHashMap<>();
        reply.json().getJsonArray("rejected").getValuesAs(JsonObject.class)
                .forEach(r -> reasons.put(r.getString("file"), r.getString("reason")));
        assertEquals(Map.of("王建国.jpg", "bad_name", "photos/" + idNumber + ".png", "nested_folder",
                "110101199003070000.png", "unknown_id_number", idNumber + ".png", "invalid_image"), reasons);
        assertEquals(200, Api.secretary().get("/api/applicants/" + setup.applicant() + "/photo").status());

        assertRefused(400, "invalid_zip", Api.secretary().post("/api/applicants/photos?roundId=" + setup.round(),
                "PK not really".getBytes(), "application/zip"));
        assertEquals(403, setup.member().post("/api/applicants/photos?roundId=" + setup.round(),
                Evidence.zip(files), "application/zip").status());
    }

    @Test
    void theApplicantIsAdmittedOnlyAfterTheIdentityCheckWhoseStillTheAuditKeeps() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient applicant = RoomClient.connect(setup.defense(), setup.applicantTicket(setup.joinToken()))) {
            secretary.await("welcome");
            applicant.await("welcome");
            secretary.await("waiting");
            String admit = "/api/defenses/" + setup.defense() + "/admit";
            assertRefused(409, "identity_not_verified", Api.secretary().post(admit, new byte[0], null));
            assertEquals(403, setup.member().post("/api/defenses/" + setup.defense() + "/identity", Defenses.still(),
                    "image/jpeg").status());
            assertRefused(400, "invalid_image", Api.secretary().post("/api/defenses/" + setup.defense() + "/identity",
                    "no".getBytes(), "image/jpeg"));

            Api.Reply verified = Api.secretary().post("/api/defenses/" + setup.defense() + "/identity",
                    Defenses.still(7), "image/jpeg");
            assertEquals(201, verified.status(), verified::toString);
            String sha256 = verified.json().getString("sha256");
            assertTrue(sha256.matches("[0-9a-f]{64}"));
            assertEquals(sha256, Evidence.sha256(Api.secretary().bytes("/api/defenses/" + setup.defense() + "/identity")));
            assertEquals(403, setup.member().get("/api/defenses/" + setup.defense() + "/identity").status());

            assertEquals(200, Api.secretary().post(admit, new byte[0], null).status());
            applicant.await("admitted");

            Api.Reply closed = Api.secretary().post("/api/defenses/" + setup.defense() + "/stage", "{\"stage\":\"CLOSED\"}");
            assertEquals(200, closed.status(), closed::toString);
            Map<String, byte[]> dossier = Evidence.unzip(Api.secretary().bytes("/api/defenses/" + setup.defense()
                    + "/evidence.zip"));
            String audit = new String(dossier.get("audit-events.json"), StandardCharsets.UTF_8);
            assertTrue(audit.contains("identity.verified") && audit.contains(sha256), "the audit holds the still's hash");
            assertEquals(sha256, Evidence.sha256(dossier.get("identity.jpg")));
        }
    }

    @Test
    void aRoundMayTurnTheIdentityCheckOff() {
        Defenses.Setup setup = Defenses.scheduled();
        String round = "/api/rounds/" + setup.round();
        try {
            Api.Reply off = Api.secretary().send("PATCH", round, "{\"identityCheck\":false}");
            assertEquals(200, off.status(), off::toString);
            assertFalse(off.json().getBoolean("identityCheck"));
            assertEquals(400, Api.secretary().send("PATCH", round, "{}").status(), "identityCheck is required");
            try (RoomClient applicant = RoomClient.connect(setup.defense(), setup.applicantTicket(setup.joinToken()))) {
                applicant.await("welcome");
                Api.Reply admitted;
                long deadline = System.currentTimeMillis() + 15_000;
                do {
                    admitted = Api.secretary().post("/api/defenses/" + setup.defense() + "/admit", new byte[0], null);
                } while (admitted.status() == 409 && "not_waiting".equals(admitted.error())
                        && System.currentTimeMillis() < deadline && pause());
                assertEquals(200, admitted.status(), admitted::toString);
            }
        } finally {
            Api.secretary().send("PATCH", round, "{\"identityCheck\":true}");
        }
        assertTrue(Api.secretary().get(round).json().getBoolean("identityCheck"));
    }

    @Test
    void stillsARecordingInChunksAndADossierThatTheOfflineCommandVerifies() throws Exception {
        try (Voting voting = Voting.with(5)) {
            long defense = voting.setup.defense();
            String base = "/api/defenses/" + defense;
            assertRefused(409, "not_recording_stage", Api.secretary().post(base + "/recordings", new byte[0], null));
            assertEquals(200, voting.stage("STATEMENT").status());

            JsonObject first = still(defense, "STATEMENT", 1);
            assertEquals("STATEMENT", first.getString("stage"));
            assertRefused(409, "wrong_stage", Api.secretary().post(base + "/stills?stage=QUESTIONS", Defenses.still(),
                    "image/jpeg"));
            assertRefused(400, "invalid_stage", Api.secretary().post(base + "/stills?stage=LUNCH", Defenses.still(),
                    "image/jpeg"));

            Api.Reply started = Api.secretary().post(base + "/recordings", new byte[0], null);
            assertEquals(201, started.status(), started::toString);
            long part = started.id();
            String chunks = base + "/recordings/" + part + "/chunks?seq=";
            byte[] chunk0 = Evidence.webmChunk(120_000, true);
            byte[] chunk1 = Evidence.webmChunk(60_000, false);
            assertEquals(200, Api.secretary().post(chunks + 0, chunk0, "video/webm").status());
            Api.Reply again = Api.secretary().post(chunks + 0, chunk0, "video/webm");
            assertEquals(1, again.json().getInt("nextSeq"), "the same chunk again is not appended twice");
            Api.Reply gap = Api.secretary().post(chunks + 2, chunk1, "video/webm");
            assertRefused(409, "chunk_out_of_order", gap);
            assertEquals(1, gap.json().getInt("expectedSeq"));
            assertEquals(200, Api.secretary().post(chunks + 1, chunk1, "video/webm").status());
            assertEquals(403, voting.setup.member().post(chunks + 2, chunk1, "video/webm").status());

            assertEquals(200, voting.stage("QUESTIONS").status());
            still(defense, "QUESTIONS", 2);
            still(defense, null, 3);
            List<JsonObject> stills = Api.secretary().get(base + "/stills").array().getValuesAs(JsonObject.class);
            assertEquals(List.of("STATEMENT", "QUESTIONS", "QUESTIONS"),
                    stills.stream().map(s -> s.getString("stage")).toList());
            assertEquals(stills.get(1).getString("sha256"), Evidence.sha256(Api.secretary().bytes(base + "/stills/"
                    + stills.get(1).getJsonNumber("id").longValue())));
            assertEquals(403, voting.setup.member().get(base + "/stills").status(), "no still is a member's");
            assertEquals(403, voting.setup.member().get(base + "/stills/" + stills.get(0).getJsonNumber("id"))
                    .status());
            assertRefused(409, "not_closed", Api.secretary().get(base + "/evidence.zip"));

            voting.open();
            assertEquals(201, voting.vote(0, "PASS", null).status());
            Api.Reply closed = voting.stage("CLOSED");
            assertEquals(200, closed.status(), closed::toString);

            JsonObject recording = Api.secretary().get(base + "/recordings").array().getJsonObject(0);
            assertEquals("COMPLETE", recording.getString("state"));
            assertEquals("MESH", recording.getString("source"));
            byte[] bytes = Api.secretary().bytes(base + "/recordings/" + part);
            assertEquals(chunk0.length + chunk1.length, bytes.length);
            assertEquals(bytes.length, recording.getJsonNumber("bytes").longValue());
            assertEquals(Evidence.sha256(bytes), recording.getString("sha256"));
            assertArrayEquals(Evidence.EBML, java.util.Arrays.copyOf(bytes, 4));
            assertTrue(recording.containsKey("endedAt") && recording.containsKey("startedAt"));
            assertRefused(409, "recording_ended", Api.secretary().post(chunks + 2, chunk1, "video/webm"));

            byte[] zip = Api.secretary().bytes(base + "/evidence.zip");
            Map<String, byte[]> files = Evidence.unzip(zip);
            assertTrue(files.containsKey("manifest.json") && files.containsKey("result-sheet.pdf")
                    && files.containsKey("identity.jpg") && files.containsKey("incidents.json"), files.keySet()::toString);
            assertEquals(3, files.keySet().stream().filter(n -> n.startsWith("stills/") && n.endsWith(".jpg")).count());
            assertTrue(files.containsKey("recordings/recording-" + part + ".webm"));
            String audit = new String(files.get("audit-events.json"), StandardCharsets.UTF_8);
            assertTrue(audit.contains(recording.getString("sha256")), "the part's hash is in the audit trail");

            Path dossier = Files.createTempFile("evidence-", ".zip");
            try {
                Files.write(dossier, zip);
                DossierVerifier.Verdict verdict = DossierVerifier.verify(dossier, null);
                assertTrue(verdict.valid(), verdict::report);
                assertEquals(0, offlineCommand(dossier), "the offline command accepts the dossier");
                for (String name : files.keySet()) {
                    Map<String, byte[]> changed = new LinkedHashMap<>(files);
                    byte[] content = changed.get(name).clone();
                    content[content.length / 2] ^= 0x01;
                    changed.put(name, content);
                    Files.write(dossier, Evidence.zip(changed));
                    DossierVerifier.Verdict broken = DossierVerifier.verify(dossier, null);
                    assertFalse(broken.valid(), "one byte changed in " + name);
                    if (!name.equals("manifest.json")) {
                        assertEquals(name, broken.file(), broken::report);
                    }
                }
                assertEquals(1, offlineCommand(dossier), "the offline command refuses a changed dossier");
            } finally {
                Files.deleteIfExists(dossier);
            }
        }
    }

    @Test
    void aRecordingThatReachesTheDisksBoundIsCutAndTheDefenseGoesOn() {
        // The test server allows 8 MB of recording per defense (-Dviva.recording.max.mb=8).
        try (Voting voting = Voting.with(5)) {
            String base = "/api/defenses/" + voting.setup.defense();
            assertEquals(200, voting.stage("STATEMENT").status());
            long part = Api.secretary().post(base + "/recordings", new byte[0], null).id();
            String chunks = base + "/recordings/" + part + "/chunks?seq=";
            byte[] fourMegabytes = Evidence.webmChunk(4 * 1024 * 1024, true);
            assertEquals(200, Api.secretary().post(chunks + 0, fourMegabytes, "video/webm").status());
            assertEquals(200, Api.secretary().post(chunks + 1, fourMegabytes, "video/webm").status());
            Api.Reply cut = Api.secretary().post(chunks + 2, fourMegabytes, "video/webm");
            assertRefused(409, "recording_cut", cut);
            assertEquals("limit", cut.json().getString("reason"));
            assertRefused(409, "recording_cut", Api.secretary().post(chunks + 3, fourMegabytes, "video/webm"));
            JsonObject recording = Api.secretary().get(base + "/recordings").array().getJsonObject(0);
            assertEquals("CUT", recording.getString("state"));
            assertEquals(8L * 1024 * 1024, recording.getJsonNumber("bytes").longValue());
            assertRefused(409, "recording_cut", Api.secretary().post(base + "/recordings", new byte[0], null));

            assertEquals(200, voting.stage("QUESTIONS").status(), "the defense goes on");
            voting.open();
            assertEquals(200, voting.stage("CLOSED").status());
        }
    }

    private static JsonObject still(long defense, String stage, int shade) {
        Api.Reply reply = Api.secretary().post("/api/defenses/" + defense + "/stills"
                + (stage == null ? "" : "?stage=" + stage), Defenses.still(shade), "image/jpeg");
        assertEquals(201, reply.status(), reply::toString);
        assertTrue(reply.json().getString("sha256").matches("[0-9a-f]{64}"));
        return reply.json();
    }

    /** Runs the dossier check as an operator does, in a JVM of its own; answers its exit code. */
    private static int offlineCommand(Path dossier) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "viva.evidence.DossierVerifier", dossier.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command ends");
        assertTrue(output.contains("\"valid\""), output);
        return process.exitValue();
    }

    private static byte[] pngWithComment(String comment) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        byte[] png = out.toByteArray();
        // A tEXt chunk right after IHDR (8 bytes of signature, 25 of IHDR), as cameras and editors write them.
        byte[] text = ("Comment\0" + comment).getBytes(StandardCharsets.ISO_8859_1);
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + text.length);
        chunk.putInt(text.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(text);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(text);
        chunk.putInt((int) crc.getValue());
        ByteArrayOutputStream withText = new ByteArrayOutputStream();
        withText.write(png, 0, 33);
        withText.write(chunk.array());
        withText.write(png, 33, png.length - 33);
        return withText.toByteArray();
    }

    private static boolean pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    private static void assertRefused(int status, String code, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(code, reply.error(), reply::toString);
    }
}
