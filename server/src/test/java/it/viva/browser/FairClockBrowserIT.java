package it.viva.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Browser;
import it.viva.support.Defenses;
import it.viva.support.RoomPages;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Three real Chromium pages in mesh: during the statement the applicant's page is closed, every
 * remaining page's countdown stands still (body data-clock="paused") within two seconds, runs again
 * once the applicant is back, and the secretary sees the incident with its length.
 */
class FairClockBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(45);
    /** The limit the product promises for a pause to reach every page. */
    private static final Duration PAUSE_SEEN = Duration.ofSeconds(2);

    @Test
    void closingTheApplicantsPagePausesEveryCountdownUntilTheyAreBack() {
        Defenses.Setup setup = Defenses.scheduled();
        List<Browser> browsers = new ArrayList<>();
        try {
            Browser secretary = RoomPages.enter(browsers, ticketUrl(setup, Api.secretary()), WAIT);
            Browser member = RoomPages.enter(browsers, ticketUrl(setup, setup.member()), WAIT);
            setup.openLobby();
            String joinUrl = Api.secretary().post("/api/defenses/" + setup.defense() + "/join-link", new byte[0],
                    null).json().getString("url");
            Browser applicant = RoomPages.enter(browsers, joinUrl, WAIT);
            secretary.await(WAIT, "the secretary sees the applicant waiting",
                    d -> !d.findElements(By.cssSelector("[data-admit]")).isEmpty());
            setup.verifyIdentity();
            secretary.driver().findElement(By.cssSelector("[data-admit]")).click();
            applicant.await(WAIT, "the applicant is admitted",
                    d -> "connected".equals(applicant.bodyAttribute("data-connection")));
            RoomPages.awaitVideoFromAll(secretary, 2, WAIT);

            secretary.driver().findElement(By.cssSelector("[data-action='stage'][data-stage='STATEMENT']")).click();
            for (Browser page : List.of(secretary, member, applicant)) {
                page.await(WAIT, "the statement's clock runs",
                        d -> "running".equals(page.bodyAttribute("data-clock")));
                String prompt = page.driver().findElement(By.id("stage-prompt")).getText();
                assertTrue(prompt.startsWith("请在 10 分钟内陈述"), prompt);
            }

            browsers.remove(applicant);
            applicant.close();
            for (Browser page : List.of(secretary, member)) {
                page.await(PAUSE_SEEN, "the countdown pauses",
                        d -> "paused".equals(page.bodyAttribute("data-clock")));
                assertTrue(page.driver().findElement(By.id("clock-paused")).isDisplayed(), "计时已暂停 is shown");
            }
            secretary.await(WAIT, "the secretary sees the applicant's lost connection",
                    d -> !d.findElements(By.cssSelector("#incident-list [data-incident-kind='DISCONNECTED']")).isEmpty());
            member.screenshot("fair-clock-paused");

            Browser back = RoomPages.enter(browsers, joinUrl, WAIT);
            for (Browser page : List.of(secretary, member, back)) {
                page.await(WAIT, "the countdown runs again",
                        d -> "running".equals(page.bodyAttribute("data-clock")));
            }
            String seconds = secretary.await(WAIT, "the secretary sees the return with its length", d -> {
                var returned = d.findElements(By.cssSelector("#incident-list [data-incident-kind='RETURNED']"));
                return returned.isEmpty() ? null : returned.get(0).getAttribute("data-seconds");
            });
            assertTrue(Long.parseLong(seconds) >= 0, seconds);
            secretary.screenshot("fair-clock-incidents");

            Api.Reply incidents = Api.secretary().get("/api/defenses/" + setup.defense() + "/incidents");
            assertEquals(200, incidents.status(), incidents::toString);
            List<JsonObject> listed = incidents.array().getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("participantId").equals(setup.applicantId())).toList();
            assertEquals(List.of("DISCONNECTED", "RETURNED"), listed.stream().map(i -> i.getString("kind")).toList());
            assertTrue(listed.stream().allMatch(i -> i.getJsonNumber("seconds").longValue() >= 0
                    && i.getBoolean("clockPaused")), listed::toString);
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    private static String ticketUrl(Defenses.Setup setup, Api as) {
        Api.Reply ticket = as.post("/api/defenses/" + setup.defense() + "/ticket", new byte[0], null);
        assertEquals(201, ticket.status(), ticket::toString);
        return ticket.json().getString("url");
    }
}
