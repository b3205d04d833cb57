package it.viva.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Browser;
import it.viva.support.Defenses;
import it.viva.support.RoomClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Voting in the room: the secretary and two members in Chromium pages (one without a camera), three
 * more members as WebSocket clients (five present, the quorum of a panel of seven). One member
 * passes through the panel, another vetoes with a written reason, the others vote over REST and the
 * socket; every page shows who has voted and never how, a second vote after a reload is refused,
 * the secretary closes, and one veto fails the defense.
 */
class VotePanelBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String SHORT_REASON = "理由太短";
    private static final String VETO_REASON = "陈述中的主要业绩数据与申报材料不符，无法核实。";

    /** Keeps every text frame a page receives over its WebSockets, before any page script runs. */
    private static final String WIRE_RECORDER = """
            (() => {
              const Native = window.WebSocket;
              const wire = [];
              Object.defineProperty(window, '__vivaWire', { value: wire });
              window.WebSocket = class extends Native {
                constructor(...args) {
                  super(...args);
                  this.addEventListener('message', (event) => wire.push(String(event.data)));
                }
              };
            })();
            """;

    /** A member without a camera (microphone only): fewer video encoders on a small machine. */
    private static final String NO_CAMERA = """
            (() => {
              const media = navigator.mediaDevices;
              if (!media) return;
              const open = media.getUserMedia.bind(media);
              media.getUserMedia = (constraints) => constraints && constraints.video
                  ? Promise.reject(new DOMException('no camera', 'NotFoundError'))
                  : open(constraints);
            })();
            """;

    @Test
    void membersVoteThroughThePanelAndEveryPageSeesOnlyWhoVoted() {
        Defenses.Setup setup = Defenses.scheduled();
        long defense = setup.defense();
        List<Browser> browsers = new ArrayList<>();
        List<RoomClient> clients = new ArrayList<>();
        try {
            Browser secretary = enter(browsers, ticketUrl(setup, Api.secretary()), true);
            Browser passer = enter(browsers, ticketUrl(setup, setup.memberApis().get(0)), false);
            Browser vetoer = enter(browsers, ticketUrl(setup, setup.memberApis().get(1)), true);
            for (int i = 2; i < 5; i++) {
                RoomClient client = RoomClient.connect(defense, setup.ticket(setup.memberApis().get(i)));
                client.await("welcome");
                clients.add(client);
            }
            // Voting opens only on an applicant who was admitted.
            RoomClient applicant = RoomClient.connect(defense, setup.applicantTicket(setup.joinToken()));
            clients.add(applicant);
            applicant.await("welcome");
            setup.verifyIdentity();
            assertEquals(200, Api.secretary().post("/api/defenses/" + defense + "/admit", new byte[0], null).status());
            applicant.await("admitted");
            List<Browser> pages = List.of(secretary, passer, vetoer);
            for (Browser page : pages) {
                page.await(WAIT, "the page is in the room",
                        d -> "connected".equals(page.bodyAttribute("data-connection")));
                page.await(WAIT, "the page lists the secretary, five members and the applicant",
                        d -> d.findElements(By.cssSelector("#presence-list [data-presence-id]")).size() == 7);
            }
            assertTrue(passer.driver().findElements(By.cssSelector("[data-vote]")).isEmpty(),
                    "no vote panel before voting");

            secretary.driver().findElement(By.cssSelector("[data-action='stage'][data-stage='VOTING']")).click();
            for (Browser page : pages) {
                page.await(WAIT, "the page shows VOTING", d -> "VOTING".equals(page.bodyAttribute("data-stage")));
            }
            assertTrue(secretary.driver().findElements(By.cssSelector("[data-vote]")).isEmpty(),
                    "the secretary has no vote panel");
            awaitTally(secretary, 0, 5);

            // 同意, through the panel: choose, submit, confirm.
            click(passer, "[data-vote='PASS']");
            click(passer, "[data-action='submit-vote']");
            WebElement cast = passer.await(WAIT, "the confirm step", d -> visible(d, "[data-action='cast-vote']"));
            cast.click();
            passer.await(WAIT, "the member's own vote is shown",
                    d -> text(d, "#vote-panel").contains("您已投票：同意") ? Boolean.TRUE : null);
            assertTrue(passer.driver().findElements(By.cssSelector("[data-vote]")).isEmpty(),
                    "the panel is locked once the vote is in");
            awaitVoted(pages, setup.memberId(0));
            awaitTally(secretary, 1, 5);

            // 否决: a short reason keeps the submit button disabled, a proper one enables it.
            click(vetoer, "[data-vote='VETO']");
            WebElement reason = vetoer.await(WAIT, "the reason field", d -> visible(d, "textarea[name='reason']"));
            reason.sendKeys(SHORT_REASON);
            vetoer.await(WAIT, "the count follows the text", d -> text(d, "#vote-reason-count").contains("还需 6 字")
                    ? Boolean.TRUE : null);
            assertFalse(button(vetoer, "submit-vote").isEnabled(), "a reason under 10 characters cannot be submitted");
            assertFalse(button(vetoer, "cast-vote").isEnabled(), "nor cast");
            vetoer.screenshot("vote-panel-short-reason");
            reason.clear();
            reason.sendKeys(VETO_REASON);
            vetoer.await(WAIT, "a proper reason enables submitting", d -> button(vetoer, "submit-vote").isEnabled());
            click(vetoer, "[data-action='submit-vote']");
            vetoer.await(WAIT, "the confirm step", d -> visible(d, "[data-action='cast-vote']"));
            assertTrue(text(vetoer.driver(), "#vote-panel").contains("投票后不可更改"),
                    "the confirm step warns");
            vetoer.screenshot("vote-panel-confirm");
            click(vetoer, "[data-action='cast-vote']");
            vetoer.await(WAIT, "the member's own veto is shown",
                    d -> text(d, "#vote-panel").contains("您已投票：否决") ? Boolean.TRUE : null);
            assertTrue(text(vetoer.driver(), "#vote-panel").contains(VETO_REASON), "with the reason the page sent");
            vetoer.screenshot("vote-panel-voted");

            // The others: two over REST, one over its socket.
            for (int i = 2; i < 4; i++) {
                Api.Reply vote = setup.memberApis().get(i).post("/api/defenses/" + defense + "/votes",
                        "{\"decision\":\"PASS\"}");
                assertEquals(201, vote.status(), vote::toString);
            }
            clients.get(2).send(Json.createObjectBuilder().add("type", "vote").add("decision", "PASS")
                    .add("key", "vote-panel-it-4").build());
            clients.get(2).await("vote-accepted");

            awaitVoted(pages, setup.memberId(0), setup.memberId(1), setup.memberId(2), setup.memberId(3),
                    setup.memberId(4));
            awaitTally(secretary, 5, 5);
            secretary.await(WAIT, "closing is the prominent action now", d -> "true".equals(d.findElement(
                    By.cssSelector("#vote-status")).getDomAttribute("data-all-voted")));
            secretary.screenshot("vote-secretary");
            passer.screenshot("vote-member-others");

            // While voting is open, no page but the voter's own, and no message, tells how anyone voted.
            for (Browser page : List.of(secretary, passer)) {
                String dom = (String) page.script("return document.documentElement.outerHTML;");
                assertFalse(dom.contains(VETO_REASON), "no veto reason on another page");
                assertFalse(dom.contains("否决"), "nothing about a veto on another page");
                String wire = wire(page);
                assertTrue(wire.contains("\"type\":\"voted\""), "the page received the voted messages: " + wire);
                assertFalse(wire.contains(VETO_REASON) || wire.contains("VETO") || wire.contains("否决"),
                        "no message to another page carries a decision: " + wire);
            }
            String vetoersWire = wire(vetoer);
            assertFalse(vetoersWire.contains(VETO_REASON) || vetoersWire.contains("VETO"),
                    "the server does not echo the vote: " + vetoersWire);
            for (RoomClient client : clients) {
                String seen = client.seen().toString();
                assertFalse(seen.contains(VETO_REASON) || seen.contains("VETO") || seen.contains("否决"), seen);
            }

            // A second vote is refused; the panel says the member has voted.
            passer.driver().navigate().refresh();
            click(passer.await(WAIT, "the join button after reloading", d -> {
                WebElement join = d.findElement(By.cssSelector("[data-action='join']"));
                return join.isEnabled() ? join : null;
            }));
            passer.await(WAIT, "back in the room", d -> "connected".equals(passer.bodyAttribute("data-connection")));
            click(passer.await(WAIT, "the panel again", d -> visible(d, "[data-vote='PASS']")));
            click(passer, "[data-action='submit-vote']");
            click(passer.await(WAIT, "the confirm step", d -> visible(d, "[data-action='cast-vote']")));
            passer.await(WAIT, "the refusal says the member has voted",
                    d -> text(d, "#vote-panel").contains("您已投票") ? Boolean.TRUE : null);
            assertTrue(passer.driver().findElements(By.cssSelector("[data-vote]")).isEmpty(), "and locks the panel");

            click(secretary, "[data-action='close-voting']");
            WebElement confirmClose = secretary.await(WAIT, "closing asks first",
                    d -> visible(d, "[data-action='confirm-close-voting']"));
            secretary.screenshot("vote-secretary-confirm-close");
            confirmClose.click();
            for (Browser page : pages) {
                page.await(WAIT, "the page shows the end", d -> "答辩已结束".equals(text(d, "#ended-title"))
                        && "closed".equals(page.bodyAttribute("data-connection")) ? Boolean.TRUE : null);
                assertFalse(text(page.driver(), "body").contains("未通过"), "the outcome is not shown in the room");
            }
            for (RoomClient client : clients) {
                client.await("closed", WAIT);
            }

            Api.Reply result = Api.secretary().get("/api/defenses/" + defense + "/result");
            assertEquals(200, result.status(), result::toString);
            JsonObject outcome = result.json();
            assertEquals("FAILED", outcome.getString("outcome"), outcome::toString);
            assertEquals(1, outcome.getInt("vetoes"), outcome::toString);
            assertEquals(5, outcome.getInt("votesCast"), outcome::toString);
            assertTrue(outcome.getJsonArray("votes").stream().map(JsonObject.class::cast)
                    .anyMatch(v -> "VETO".equals(v.getString("decision")) && VETO_REASON.equals(v.getString("reason"))),
                    "the secretariat reads the veto and its reason after close: " + outcome);
        } finally {
            clients.forEach(RoomClient::close);
            browsers.forEach(Browser::close);
        }
    }

    private static String ticketUrl(Defenses.Setup setup, Api as) {
        Api.Reply ticket = as.post("/api/defenses/" + setup.defense() + "/ticket", new byte[0], null);
        assertEquals(201, ticket.status(), ticket::toString);
        return ticket.json().getString("url");
    }

    /** Opens the page with the wire recorder, waits for the device check, and presses the join button. */
    private static Browser enter(List<Browser> browsers, String url, boolean camera) {
        Browser browser = Browser.start();
        browsers.add(browser);
        ChromeDriver chromium = (ChromeDriver) browser.driver();
        chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WIRE_RECORDER));
        if (!camera) {
            chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", NO_CAMERA));
        }
        browser.open(url.replace("http://localhost:19080", Api.BASE));
        click(browser.await(WAIT, "the join button is ready", d -> {
            WebElement join = d.findElement(By.cssSelector("[data-action='join']"));
            return join.isEnabled() ? join : null;
        }));
        return browser;
    }

    private static void awaitVoted(List<Browser> pages, String... participantIds) {
        for (Browser page : pages) {
            for (String id : participantIds) {
                page.await(WAIT, id + " is marked as voted on the page", d -> !d.findElements(By.cssSelector(
                        "#presence-list [data-presence-id='" + id + "'][data-voted='true']")).isEmpty());
            }
        }
    }

    private static void awaitTally(Browser secretary, int cast, int present) {
        secretary.await(WAIT, "the secretary sees " + cast + " of " + present + " votes", d -> {
            List<WebElement> tally = d.findElements(By.cssSelector("#vote-status .vote-tally"));
            return !tally.isEmpty() && String.valueOf(cast).equals(tally.get(0).getDomAttribute("data-votes-cast"))
                    && String.valueOf(present).equals(tally.get(0).getDomAttribute("data-members-present"))
                    && tally.get(0).getText().contains("已投票 " + cast + " / 在场评委 " + present)
                    ? Boolean.TRUE : null;
        });
    }

    private static String wire(Browser page) {
        Object frames = page.script("return (window.__vivaWire || []).join('\\n');");
        return frames == null ? "" : frames.toString();
    }

    private static WebElement visible(WebDriver driver, String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
    }

    private static WebElement button(Browser page, String action) {
        return page.driver().findElement(By.cssSelector("[data-action='" + action + "']"));
    }

    private static String text(WebDriver driver, String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static void click(Browser page, String css) {
        click(page.await(WAIT, "a clickable " + css, d -> {
            WebElement element = visible(d, css);
            return element != null && element.isEnabled() ? element : null;
        }));
    }

    private static void click(WebElement element) {
        element.click();
    }
}
