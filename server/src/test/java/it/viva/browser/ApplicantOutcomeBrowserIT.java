package it.viva.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Browser;
import it.viva.support.Voting;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The applicant's personal link in a real Chromium page: after the defense it says the result is
 * not yet published, and once the round's results are published it shows their own outcome at once.
 */
class ApplicantOutcomeBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void thePersonalLinkShowsTheOwnOutcomeOnlyOncePublished() {
        try (Voting room = Voting.with(5); Browser page = Browser.start()) {
            String joinUrl = Api.secretary().post("/api/defenses/" + room.setup.defense() + "/join-link",
                    new byte[0], null).json().getString("url").replace("http://localhost:19080", Api.BASE);
            room.open();
            for (int m = 0; m < 5; m++) {
                assertEquals(201, room.vote(m, "PASS", null).status());
            }
            assertEquals(200, room.stage("CLOSED").status());

            page.open(joinUrl);
            page.await(WAIT, "the join button is ready", d -> {
                WebElement join = d.findElement(By.cssSelector("[data-action='join']"));
                return join.isDisplayed() && join.isEnabled() ? join : null;
            }).click();
            WebElement unpublished = awaitOutcome(page, "unpublished");
            assertTrue(unpublished.getText().contains("尚未公布"), unpublished.getText());
            assertEquals("closed", page.bodyAttribute("data-connection"));

            assertEquals(200, Api.secretary().post("/api/rounds/" + room.setup.round() + "/publish", new byte[0],
                    null).status());
            page.open("about:blank");
            page.open(joinUrl);
            WebElement passed = awaitOutcome(page, "PASSED");
            assertTrue(passed.getText().contains("通过"), passed.getText());
            assertFalse(page.driver().findElement(By.cssSelector("[data-action='join']")).isDisplayed(),
                    "a room that is over asks for no camera");
            page.screenshot("applicant-outcome");
        }
    }

    private static WebElement awaitOutcome(Browser page, String outcome) {
        return page.await(WAIT, "the page shows the outcome " + outcome, d -> {
            WebElement holder = d.findElement(By.id("own-outcome"));
            return holder.isDisplayed() && outcome.equals(holder.getAttribute("data-outcome")) ? holder : null;
        });
    }
}
