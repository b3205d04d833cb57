package it.viva.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Browser;
import it.viva.support.Defenses;
import it.viva.support.Evidence;
import it.viva.support.RoomPages;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import viva.evidence.DossierVerifier;

/**
 * The evidence of a mesh defense made by real pages (secretary, member, applicant; fake cameras):
 * the identity check over the lobby's own link before admission, the stills, the secretary's
 * recording, and a dossier that the offline check accepts and that one changed byte breaks.
 */
class EvidenceBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void aMeshDefenseLeavesIdentityStillsARecordingAndAVerifiableDossier() throws Exception {
        Defenses.Setup setup = Defenses.scheduled();
        String base = "/api/defenses/" + setup.defense();
        List<Browser> browsers = new ArrayList<>();
        try {
            Browser secretary = RoomPages.enterSignedIn(browsers, ticketUrl(setup, Api.secretary()), WAIT,
                    Api.secretary().credentials());
            Browser member = RoomPages.enter(browsers, ticketUrl(setup, setup.member()), WAIT);
            setup.openLobby();
            String joinUrl = Api.secretary().post(base + "/join-link", new byte[0], null).json().getString("url");
            Browser applicant = RoomPages.enter(browsers, joinUrl, WAIT);
            applicant.await(WAIT, "the applicant waits in the lobby",
                    d -> "lobby".equals(applicant.bodyAttribute("data-connection")));

            secretary.await(WAIT, "the secretary sees the waiting applicant's live video on the identity link",
                    d -> Boolean.TRUE.equals(secretary.script("const v = document.querySelector('video[data-identity-video]');"
                            + " return Boolean(v && v.videoWidth > 0);")));
            secretary.driver().findElement(By.cssSelector("[data-admit]")).click();
            secretary.await(WAIT, "admission is refused before the identity check", d -> {
                var toast = d.findElement(By.id("toast"));
                return toast.isDisplayed() && toast.getText().contains("核验") ? Boolean.TRUE : null;
            });
            assertEquals("lobby", applicant.bodyAttribute("data-connection"));

            secretary.driver().findElement(By.cssSelector("[data-action='verify-identity']")).click();
            secretary.await(WAIT, "the identity is verified", d -> "verified".equals(d.findElement(
                    By.cssSelector("[data-identity]")).getAttribute("data-identity")));
            String identitySha = Evidence.sha256(Api.secretary().bytes(base + "/identity"));

            secretary.await(WAIT, "the admit button is back", d -> {
                var admit = d.findElement(By.cssSelector("[data-admit]"));
                return admit.isEnabled() ? admit : null;
            }).click();
            applicant.await(WAIT, "the applicant is admitted",
                    d -> "connected".equals(applicant.bodyAttribute("data-connection")));
            RoomPages.awaitVideoFromAll(secretary, 2, WAIT);

            stage(base, "STATEMENT");
            secretary.await(WAIT, "the secretary's page records", d -> "recording".equals(d.findElement(
                    By.id("recorder-state")).getAttribute("data-recording")));
            secretary.await(WAIT, "a still of the statement", d -> stills(base) >= 1 ? Boolean.TRUE : null);
            secretary.await(WAIT, "the recording grows past 150 KB", d -> recordedSoFar(base) > 150_000 ? Boolean.TRUE : null);
            stage(base, "QUESTIONS");
            secretary.await(WAIT, "stills of the questions, at once and 10 s in",
                    d -> stills(base) >= 3 ? Boolean.TRUE : null);
            stage(base, "CLOSED");

            List<JsonObject> recordings = Api.secretary().get(base + "/recordings").array().getValuesAs(JsonObject.class);
            JsonObject recording = recordings.stream().filter(r -> r.getJsonNumber("bytes").longValue() > 100_000)
                    .findFirst().orElseThrow(() -> new AssertionError("no recording over 100 KB: " + recordings));
            assertEquals("COMPLETE", recording.getString("state"));
            byte[] bytes = Api.secretary().bytes(base + "/recordings/" + recording.getJsonNumber("id"));
            assertArrayEquals(Evidence.EBML, Arrays.copyOf(bytes, 4), "a WEBM file");
            assertEquals(recording.getString("sha256"), Evidence.sha256(bytes));
            assertTrue(Api.secretary().get(base + "/stills").array().size() >= 3);

            byte[] zip = Api.secretary().bytes(base + "/evidence.zip");
            Map<String, byte[]> files = Evidence.unzip(zip);
            String audit = new String(files.get("audit-events.json"), StandardCharsets.UTF_8);
            assertTrue(audit.contains("identity.verified") && audit.contains(identitySha), "the audit holds the identity still's hash");
            assertTrue(audit.contains(recording.getString("sha256")), "and the recording's");
            Path dossier = Files.createTempFile("evidence-browser-", ".zip");
            try {
                Files.write(dossier, zip);
                assertTrue(DossierVerifier.verify(dossier, null).valid(), "the dossier verifies");
                String name = "recordings/recording-" + recording.getJsonNumber("id") + ".webm";
                Map<String, byte[]> changed = new LinkedHashMap<>(files);
                byte[] content = changed.get(name).clone();
                content[content.length / 3] ^= 0x40;
                changed.put(name, content);
                Files.write(dossier, Evidence.zip(changed));
                DossierVerifier.Verdict broken = DossierVerifier.verify(dossier, null);
                assertFalse(broken.valid());
                assertEquals(name, broken.file(), broken::report);
            } finally {
                Files.deleteIfExists(dossier);
            }
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    /** The stages move by the secretariat's REST call here; the page's buttons are tested elsewhere. */
    private static void stage(String base, String stage) {
        Api.Reply reply = Api.secretary().post(base + "/stage", "{\"stage\":\"" + stage + "\"}");
        assertEquals(200, reply.status(), reply::toString);
    }

    private static int stills(String base) {
        return Api.secretary().get(base + "/stills").array().size();
    }

    /** The mesh part's file as long as it is so far ({@code size}: its length now). */
    private static long recordedSoFar(String base) {
        return Api.secretary().get(base + "/recordings").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.get("size") != null && r.get("size").getValueType() == jakarta.json.JsonValue.ValueType.NUMBER)
                .mapToLong(r -> r.getJsonNumber("size").longValue()).sum();
    }

    private static String ticketUrl(Defenses.Setup setup, Api as) {
        Api.Reply ticket = as.post("/api/defenses/" + setup.defense() + "/ticket", new byte[0], null);
        assertEquals(201, ticket.status(), ticket::toString);
        return ticket.json().getString("url");
    }
}
