package it.viva.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Browser;
import it.viva.support.Defenses;
import it.viva.support.RoomPages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Three real Chromium pages in mesh: the applicant shares the (fake) screen during the statement;
 * the two others get it as a second live video beside the applicant's camera, and lose it when the
 * share stops; every remote camera video says how good its connection is.
 */
class ScreenShareBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final String QUALITIES = """
            return [...document.querySelectorAll('video[data-participant-id]:not([data-share])')]
              .map(v => v.dataset.quality || '');
            """;

    @Test
    void aSharedScreenReachesTheOthersBesideTheCameraAndGoesWhenStopped() {
        Defenses.Setup setup = Defenses.scheduled();
        List<Browser> browsers = new ArrayList<>();
        try {
            RoomPages.Meeting meeting = RoomPages.meet(browsers, setup, WAIT);
            Browser secretary = meeting.secretary();
            Browser member = meeting.member();
            Browser applicant = meeting.applicant();

            secretary.driver().findElement(By.cssSelector("[data-action='stage'][data-stage='STATEMENT']")).click();
            WebElement share = applicant.await(WAIT, "the applicant may share", d -> {
                WebElement button = d.findElement(By.cssSelector("[data-action='share-screen']"));
                return button.isDisplayed() && button.isEnabled() ? button : null;
            });
            share.click();

            String sharer = setup.applicantId();
            for (Browser page : List.of(secretary, member)) {
                RoomPages.awaitLiveScreen(page, sharer, WAIT);
                RoomPages.awaitVideoFromAll(page, 2, WAIT); // the applicant's camera stays beside the screen
                assertEquals(1L, page.script("return document.querySelectorAll(\"video[data-share='screen']\").length;"));
            }
            applicant.await(WAIT, "the button says the page is sharing", d -> "true".equals(
                    d.findElement(By.cssSelector("[data-action='share-screen']")).getAttribute("aria-pressed")));
            member.screenshot("share-member");

            for (Browser page : List.of(secretary, member, applicant)) {
                page.await(WAIT, "every remote camera video says its quality", d -> everyQualityKnown(page));
            }
            secretary.await(WAIT, "the secretary's panel lists both others with what their own pages receive",
                    d -> d.findElements(By.cssSelector("#network-list [data-quality][data-received]")).size() == 2
                            ? true : null);

            applicant.driver().findElement(By.cssSelector("[data-action='share-screen']")).click();
            for (Browser page : List.of(secretary, member)) {
                page.await(WAIT, "the screen is gone once the share stopped",
                        d -> RoomPages.hasScreen(page, sharer) ? null : true);
                RoomPages.awaitVideoFromAll(page, 2, WAIT);
            }
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    @SuppressWarnings("unchecked")
    private static Boolean everyQualityKnown(Browser page) {
        List<String> qualities = (List<String>) page.script(QUALITIES);
        assertTrue(qualities.stream().allMatch(q -> q.isEmpty() || List.of("good", "fair", "poor").contains(q)),
                qualities::toString);
        return qualities.size() == 2 && qualities.stream().noneMatch(String::isEmpty) ? true : null;
    }
}
