package it.viva.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.ItDatabase;
import it.viva.support.ItServer;
import it.viva.support.Voting;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import viva.testing.EmbeddedDerby;

/**
 * A backup taken mid-round (a defense in VOTING with votes cast) restores: unzipped into an
 * empty folder and started on, Viva has the same applicants, defense and votes, and an audit
 * chain that is valid and ends at the head the backup reported.
 */
class BackupIT {

    /** A folder of Viva's own beside Derby's files, as photos and stills will be: it goes into the zip. */
    private static final String OWN_FOLDER = "stills-backup-it";

    @Test
    void aBackupTakenMidRoundRestoresIntoAFreshFolder() throws Exception {
        Path own = ItDatabase.folder().resolve(OWN_FOLDER);
        boolean running = true;
        try {
            Files.createDirectories(own);
            Files.writeString(own.resolve("still.txt"), "a still of defense 1");
            long round;
            long defense;
            Map<Long, String> applicants;
            JsonObject votes;
            JsonObject backup;
            String identity;
            try (Voting room = Voting.with(5)) {
                room.open();
                for (int m = 0; m < 3; m++) {
                    Api.Reply cast = room.vote(m, "PASS", null);
                    assertEquals(201, cast.status(), cast::toString);
                }
                round = room.setup.round();
                defense = room.setup.defense();
                applicants = applicants(round);
                votes = Api.secretary().get("/api/defenses/" + defense + "/votes").json();
                assertEquals(3, votes.getInt("votesCast"));
                identity = it.viva.support.Evidence.sha256(Api.secretary().bytes("/api/defenses/" + defense + "/identity"));

                Api.Reply made = Api.secretary().post("/api/backups", new byte[0], null);
                assertEquals(201, made.status(), made::toString);
                backup = made.json();
            }
            Path zip = Path.of(backup.getString("file"));
            String head = backup.getString("head");
            assertTrue(zip.getFileName().toString().matches("viva-backup-\\d{8}T\\d{6}Z(-\\d+)?\\.zip"), zip::toString);
            assertEquals(Files.size(zip), backup.getJsonNumber("bytes").longValue());
            assertEquals(sha256(zip), backup.getString("sha256"));
            assertTrue(head.matches("[0-9a-f]{64}"), head);
            Set<String> entries = entries(zip);
            assertTrue(entries.contains("service.properties") && entries.contains("seg0/")
                    && entries.contains("log/"), "the zip's root is the database folder: " + entries);
            assertTrue(entries.contains(OWN_FOLDER + "/still.txt"), "Viva's own folders are in it: " + entries);
            assertTrue(entries.contains("evidence/defenses/defense-" + defense + "/identity.jpg"),
                    "the stills are in it: " + entries);
            assertFalse(entries.contains("db.lck") || entries.contains("dbex.lck"), entries::toString);

            ItServer.stop();
            running = false;
            ItDatabase.replaceWithZip(zip);
            ItServer.start();
            running = true;

            Api api = Api.secretary();
            assertEquals(applicants, applicants(round));
            JsonObject restored = api.get("/api/defenses/" + defense).json();
            assertEquals("VOTING", restored.getString("stage"));
            JsonObject restoredVotes = api.get("/api/defenses/" + defense + "/votes").json();
            assertEquals(votes.getInt("votesCast"), restoredVotes.getInt("votesCast"));
            assertEquals(votes.getJsonArray("voted"), restoredVotes.getJsonArray("voted"));
            JsonObject audit = api.get("/api/audit/verify?head=" + head).json();
            assertTrue(audit.getBoolean("valid"), audit::toString);
            assertTrue(audit.getBoolean("continues"), audit::toString);
            assertEquals(head, audit.getString("head"), "the restored chain ends at the head the backup reported");
            assertEquals(identity, it.viva.support.Evidence.sha256(api.bytes("/api/defenses/" + defense + "/identity")),
                    "the identity still came back with the backup");
            assertEquals("a still of defense 1",
                    Files.readString(ItDatabase.folder().resolve(OWN_FOLDER).resolve("still.txt")));
        } finally {
            if (running) {
                ItServer.stop();
            }
            ItDatabase.restore();
            ItServer.start();
            EmbeddedDerby.deleteTree(own);
        }
    }

    @Test
    void aSecondBackupRightAfterGetsAFileOfItsOwn() {
        Api.Reply first = Api.secretary().post("/api/backups", new byte[0], null);
        Api.Reply second = Api.secretary().post("/api/backups", new byte[0], null);
        assertEquals(201, first.status(), first::toString);
        assertEquals(201, second.status(), second::toString);
        assertNotEquals(first.json().getString("file"), second.json().getString("file"));
        // The first backup's own audit event lies between the two heads.
        assertNotEquals(first.json().getString("head"), second.json().getString("head"));
        JsonObject audit = Api.secretary().get("/api/audit/verify?head=" + second.json().getString("head")).json();
        assertTrue(audit.getBoolean("valid") && audit.getBoolean("continues"), audit::toString);
        assertTrue(Files.isRegularFile(Path.of(second.json().getString("file"))));
    }

    @Test
    void onlyTheSecretariatMakesBackups() {
        assertEquals(401, Api.anonymous().post("/api/backups", new byte[0], null).status());
        Api.Reply member = Defenses.scheduled().member().post("/api/backups", new byte[0], null);
        assertEquals(403, member.status(), member::toString);
    }

    private static Map<Long, String> applicants(long round) {
        Api.Reply list = Api.secretary().get("/api/applicants?roundId=" + round);
        assertEquals(200, list.status(), list::toString);
        return list.array().stream().map(JsonValue::asJsonObject).collect(Collectors.toMap(
                a -> a.getJsonNumber("id").longValue(), a -> a.getString("name"), (a, b) -> a, TreeMap::new));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static Set<String> entries(Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            Set<String> names = new TreeSet<>();
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
            }
            return names;
        }
    }
}
