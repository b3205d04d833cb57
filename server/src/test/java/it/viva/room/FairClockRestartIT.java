package it.viva.room;

import static it.viva.room.FairClockIT.awaitClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.ItServer;
import it.viva.support.RoomClient;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The clock is kept with the defense: a paused clock is still paused, where it stood, after a restart. */
class FairClockRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void aPausedClockSurvivesARestartAndResumesWhenTheApplicantIsBack() {
        Defenses.Setup setup = Defenses.scheduled();
        String applicantTicket = setup.applicantTicket(setup.joinToken());
        int pausedAt;
        String resumeToken;
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()))) {
            secretary.await("welcome");
            RoomClient applicant = RoomClient.connect(setup.defense(), applicantTicket);
            resumeToken = applicant.await("welcome").getString("resumeToken");
            secretary.await("waiting");
            setup.verifyIdentity();
            assertEquals(200, Api.secretary().post("/api/defenses/" + setup.defense() + "/admit", new byte[0], null)
                    .status());
            applicant.await("admitted");
            assertEquals(200, Api.secretary().post("/api/defenses/" + setup.defense() + "/stage",
                    "{\"stage\":\"STATEMENT\"}").status());
            awaitClock(secretary, false, WAIT);
            applicant.cut();
            pausedAt = awaitClock(secretary, true, WAIT).getInt("remainingSeconds");
        }

        ItServer.stop();
        ItServer.start();

        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()))) {
            JsonObject welcome = secretary.await("welcome");
            assertEquals("STATEMENT", welcome.getString("stage"));
            assertTrue(welcome.getBoolean("paused"), welcome::toString);
            assertEquals(pausedAt, welcome.getInt("remainingSeconds"), "a paused clock stands where it stood");

            Api.Reply ticket = Api.anonymous().post("/api/defenses/" + setup.defense() + "/ticket",
                    "{\"resumeToken\": \"" + resumeToken + "\"}");
            assertEquals(201, ticket.status(), ticket::toString);
            try (RoomClient back = RoomClient.connect(setup.defense(), ticket.json().getString("ticket"))) {
                assertEquals("room", back.await("welcome").getString("state"));
                JsonObject resumed = awaitClock(secretary, false, WAIT);
                assertTrue(resumed.getInt("remainingSeconds") >= pausedAt - 2, resumed::toString);
            }
        }
    }
}
