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
            pause(1500);
            assertEquals("lobby", applicant.bodyAttribute("data-connection"), "still waiting until admitted");
            applicant.screenshot("defense-lobby");

            secretary.await(WAIT, "the secretary sees the applicant waiting",
                    d -> !d.findElements(By.cssSelector("[data-admit]")).isEmpty());
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
            // Pages are read one after another; each reading is moved back to the moment of the first.
            List<Integer> countdowns = new ArrayList<>();
            long first = 0;
            for (Browser page : List.of(secretary, member, applicant)) {
                int remaining = page.await(WAIT, "a countdown is shown", d -> countdown(page));
                long now = System.currentTimeMillis();
                first = first == 0 ? now : first;
                countdowns.add(remaining + (int) Math.round((now - first) / 1000.0));
            }
            int spread = countdowns.stream().mapToInt(Integer::intValue).max().orElseThrow()
                    - countdowns.stream().mapToInt(Integer::intValue).min().orElseThrow();
            assertTrue(spread <= 2, "the same countdown on every page: " + countdowns);
            assertTrue(countdowns.get(0) > 500 && countdowns.get(0) <= 600, countdowns::toString);
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

    private static Integer countdown(Browser page) {
        Object value = page.script("const e = document.querySelector('[data-countdown]');"
                + " return e ? e.getAttribute('data-countdown') : null;");
        return value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
