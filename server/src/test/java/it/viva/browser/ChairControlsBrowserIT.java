package it.viva.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Browser;
import it.viva.support.Defenses;
import it.viva.support.RoomClient;
import it.viva.support.RoomPages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The chair's controls and the private deliberation in real Chromium pages over mesh WebRTC: the
 * secretary mutes the applicant, sends them to the lobby and brings them back, removes a member;
 * at VOTING the applicant's page leaves for the lobby while the panel votes, and learns of the close.
 */
class ChairControlsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(45);

    /** Whether the page's microphone is off: its own track, and what it sends on every connection. */
    private static final String MICROPHONE_OFF = """
            const preview = document.querySelector('#preview');
            const own = preview && preview.srcObject ? preview.srcObject.getAudioTracks() : [];
            const sent = [...window.vivaRoom.peers().values()].flatMap(pc => pc.getSenders())
                .map(s => s.track).filter(t => t && t.kind === 'audio');
            return own.length > 0 && [...own, ...sent].every(t => !t.enabled);
            """;

    @Test
    void theChairMutesSendsOutBringsBackAndRemovesAndTheApplicantLeavesForTheDeliberation() {
        Defenses.Setup setup = Defenses.scheduled();
        List<Browser> browsers = new ArrayList<>();
        List<RoomClient> sockets = new ArrayList<>();
        String applicantId = setup.applicantId();
        String memberId = setup.memberId(0);
        try {
            Browser secretary = RoomPages.enter(browsers, ticketUrl(setup, Api.secretary()), WAIT);
            Browser member = RoomPages.enter(browsers, ticketUrl(setup, setup.member()), WAIT);
            setup.openLobby();
            String joinUrl = Api.secretary().post("/api/defenses/" + setup.defense() + "/join-link", new byte[0],
                    null).json().getString("url");
            Browser applicant = RoomPages.enter(browsers, joinUrl, WAIT);
            applicant.await(WAIT, "the applicant waits in the lobby",
                    d -> "lobby".equals(applicant.bodyAttribute("data-connection")));
            setup.verifyIdentity();
            click(secretary, "[data-admit='" + applicantId + "']");
            applicant.await(WAIT, "the applicant is admitted",
                    d -> "connected".equals(applicant.bodyAttribute("data-connection")));
            RoomPages.awaitVideoFromAll(applicant, 2, WAIT);
            RoomPages.awaitVideoFromAll(member, 2, WAIT);

            // 静音: the applicant's microphone goes off, the page says so, and the applicant turns it on again.
            click(secretary, chairControl("mute", applicantId));
            applicant.await(WAIT, "the chair's mute reaches the applicant's microphone",
                    d -> Boolean.TRUE.equals(applicant.script(MICROPHONE_OFF)) && shown(d, "#muted-notice"));
            assertTrue(applicant.driver().findElement(By.cssSelector("#muted-notice")).getText().contains("主持人已将您静音"));
            applicant.screenshot("chair-muted");
            applicant.driver().findElement(By.cssSelector("#toggle-mic")).click();
            applicant.await(WAIT, "the applicant unmutes themself",
                    d -> Boolean.FALSE.equals(applicant.script(MICROPHONE_OFF)) && !shown(d, "#muted-notice"));

            // 移至等候区, then 请回会场.
            click(secretary, chairControl("to-lobby", applicantId));
            applicant.await(WAIT, "the applicant's page is in the lobby",
                    d -> "lobby".equals(applicant.bodyAttribute("data-connection")));
            member.await(WAIT, "the applicant's video is gone from the member's page", d -> noVideoOf(d, applicantId));
            secretary.await(WAIT, "the secretary can call the applicant back",
                    d -> d.findElements(By.cssSelector("[data-admit='" + applicantId + "']")).stream()
                            .anyMatch(b -> b.getText().contains("请回会场")));
            click(secretary, "[data-admit='" + applicantId + "']");
            applicant.await(WAIT, "the applicant is back in the room",
                    d -> "connected".equals(applicant.bodyAttribute("data-connection")));
            RoomPages.awaitVideoFromAll(applicant, 2, WAIT);

            // 移出: the member's page ends for good.
            click(secretary, chairControl("remove", memberId));
            secretary.await(WAIT, "the removal asks for confirmation", d -> {
                try {
                    d.switchTo().alert().accept();
                    return true;
                } catch (org.openqa.selenium.NoAlertPresentException e) {
                    return null;
                }
            });
            member.await(WAIT, "the member's page shows that it was removed",
                    d -> "closed".equals(member.bodyAttribute("data-connection"))
                            && d.findElement(By.cssSelector("#ended-title")).getText().contains("移出"));
            member.screenshot("chair-removed");

            // The private deliberation: five members on sockets make the quorum.
            for (int i = 1; i <= 5; i++) {
                RoomClient socket = RoomClient.connect(setup.defense(), setup.ticket(setup.memberApis().get(i)));
                sockets.add(socket);
                socket.await("welcome", WAIT);
            }
            awaitPresentMembers(setup, 5);
            Api.Reply voting = Api.secretary().post("/api/defenses/" + setup.defense() + "/stage", "{\"stage\":\"VOTING\"}");
            assertEquals(200, voting.status(), voting::toString);
            applicant.await(WAIT, "the applicant's page leaves for the lobby",
                    d -> "lobby".equals(applicant.bodyAttribute("data-connection"))
                            && d.findElement(By.cssSelector("#lobby-notice")).getText().contains("专家评议中"));
            applicant.screenshot("deliberation-lobby");
            secretary.await(WAIT, "the applicant's video is gone from the secretary's page", d -> noVideoOf(d, applicantId));
            for (int i = 1; i <= 5; i++) {
                Api.Reply vote = setup.memberApis().get(i).post("/api/defenses/" + setup.defense() + "/votes",
                        "{\"decision\":\"PASS\"}");
                assertEquals(201, vote.status(), vote::toString);
            }
            Api.Reply closed = Api.secretary().post("/api/defenses/" + setup.defense() + "/stage", "{\"stage\":\"CLOSED\"}");
            assertEquals(200, closed.status(), closed::toString);
            applicant.await(WAIT, "the applicant's page learns of the close",
                    d -> "closed".equals(applicant.bodyAttribute("data-connection")));
        } finally {
            sockets.forEach(RoomClient::close);
            browsers.forEach(Browser::close);
        }
    }

    private static String chairControl(String action, String participantId) {
        return "[data-action='" + action + "'][data-chair-target='" + participantId + "']";
    }

    private static void click(Browser page, String selector) {
        page.await(WAIT, "the page offers " + selector, d -> {
            var found = d.findElements(By.cssSelector(selector));
            if (found.isEmpty() || !found.get(0).isDisplayed() || !found.get(0).isEnabled()) {
                return null;
            }
            found.get(0).click();
            return true;
        });
    }

    private static boolean shown(WebDriver d, String selector) {
        var found = d.findElements(By.cssSelector(selector));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    private static Boolean noVideoOf(WebDriver d, String participantId) {
        return d.findElements(By.cssSelector("video[data-participant-id='" + participantId + "']")).isEmpty() ? true : null;
    }

    private static String ticketUrl(Defenses.Setup setup, Api as) {
        Api.Reply ticket = as.post("/api/defenses/" + setup.defense() + "/ticket", new byte[0], null);
        assertEquals(201, ticket.status(), ticket::toString);
        return ticket.json().getString("url");
    }

    private static void awaitPresentMembers(Defenses.Setup setup, int members) {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        while (Api.secretary().get("/api/defenses/" + setup.defense() + "/presence").json().getJsonArray("present")
                .getValuesAs(jakarta.json.JsonString.class).stream().filter(id -> id.getString().startsWith("M"))
                .count() < members) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(members + " members did not become present");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
