package it.viva.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Browser;
import it.viva.support.Defenses;
import it.viva.support.RoomPages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The secretary, a member and the applicant meet in real Chromium pages over mesh WebRTC on
 * loopback: lobby and admission, video every way, one stage and countdown for all, blind review
 * on the member's page, and recovery from a closed page and from a socket cut by the server.
 */
class DefenseRoomBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @Test
    void threePagesMeetByVideoAndRecoverByThemselves() {
        Defenses.Setup setup = Defenses.scheduled();
        List<Browser> browsers = new ArrayList<>();
        try {
            Browser secretary = enter(browsers, setup.defense(), ticketUrl(setup, Api.secretary()));
            Browser member = enter(browsers, setup.defense(), ticketUrl(setup, setup.member()));
            setup.openLobby();
            String joinUrl = Api.secretary().post("/api/defenses/" + setup.defense() + "/join-link", new byte[0],
                    null).json().getString("url");
            Browser applicant = enter(browsers, setup.defense(), joinUrl);

            applicant.await(WAIT, "the applicant waits in the lobby",
                    d -> "lobby".equals(applicant.bodyAttribute("data-connection")));
            secretary.await(WAIT, "the secretary sees the applicant waiting",
                    d -> !d.findElements(By.cssSelector("[data-admit]")).isEmpty());
            // The server has seated the applicant and told the secretary; nobody admitted them.
            assertEquals("lobby", applicant.bodyAttribute("data-connection"), "still waiting until admitted");
            applicant.screenshot("defense-lobby");
            setup.verifyIdentity();
            secretary.driver().findElement(By.cssSelector("[data-admit]")).click();
            applicant.await(WAIT, "the applicant is admitted",
                    d -> "connected".equals(applicant.bodyAttribute("data-connection")));

            awaitVideoFromAll(secretary, 2);
            awaitVideoFromAll(member, 2);
            awaitVideoFromAll(applicant, 2);

            secretary.driver().findElement(By.cssSelector("[data-action='stage'][data-stage='STATEMENT']")).click();
            for (Browser page : List.of(secretary, member, applicant)) {
                page.await(WAIT, "the page shows STATEMENT",
                        d -> "STATEMENT".equals(page.bodyAttribute("data-stage")));
            }
            // Every page counts down to the same end on the server's clock, from the same stage message.
            List<java.time.Instant> deadlines = new ArrayList<>();
            for (Browser page : List.of(secretary, member, applicant)) {
                int remaining = page.await(WAIT, "a countdown is shown", d -> countdown(page));
                assertTrue(remaining > 0 && remaining <= 600, "a ten-minute statement: " + remaining);
                deadlines.add(java.time.Instant.parse(page.await(WAIT, "the countdown's deadline", d -> deadline(page))));
            }
            java.time.Duration spread = java.time.Duration.between(
                    deadlines.stream().min(java.util.Comparator.naturalOrder()).orElseThrow(),
                    deadlines.stream().max(java.util.Comparator.naturalOrder()).orElseThrow());
            assertTrue(spread.toMillis() <= 1000, "the same end of the stage on every page: " + deadlines);
            secretary.screenshot("defense-secretary");
            member.screenshot("defense-member");

            String memberPage = member.driver().getPageSource();
            assertFalse(memberPage.contains("保密姓名"), "the member's page shows no applicant name");
            assertFalse(memberPage.contains("新疆昆仑交通规划设计院有限公司"), "nor the employer");
            assertTrue(memberPage.contains("答辩人 "), "the applicant appears as a defense number");

            browsers.remove(member);
            member.close();
            Browser memberAgain = enter(browsers, setup.defense(), ticketUrl(setup, setup.member()));
            awaitVideoFromAll(memberAgain, 2);

            Api.Reply drop = Api.secretary().post("/api/defenses/" + setup.defense() + "/participants/"
                    + setup.applicantId() + "/drop", new byte[0], null);
            assertEquals(200, drop.status(), drop::toString);
            applicant.await(WAIT, "the applicant's page notices the cut",
                    d -> "reconnecting".equals(applicant.bodyAttribute("data-connection")));
            applicant.await(WAIT, "and reconnects by itself",
                    d -> "connected".equals(applicant.bodyAttribute("data-connection")));
            awaitVideoFromAll(applicant, 2);
            awaitVideoFromAll(secretary, 2);
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    private static String ticketUrl(Defenses.Setup setup, Api as) {
        Api.Reply ticket = as.post("/api/defenses/" + setup.defense() + "/ticket", new byte[0], null);
        assertEquals(201, ticket.status(), ticket::toString);
        return ticket.json().getString("url");
    }

    private static Browser enter(List<Browser> browsers, long defense, String url) {
        return RoomPages.enter(browsers, url, WAIT);
    }

    private static void awaitVideoFromAll(Browser page, int remotes) {
        RoomPages.awaitVideoFromAll(page, remotes, WAIT);
    }

    private static String deadline(Browser page) {
        Object value = page.script("const e = document.querySelector('[data-countdown]');"
                + " return e ? e.getAttribute('data-deadline') : null;");
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static Integer countdown(Browser page) {
        Object value = page.script("const e = document.querySelector('[data-countdown]');"
                + " return e ? e.getAttribute('data-countdown') : null;");
        return value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString());
    }

}
