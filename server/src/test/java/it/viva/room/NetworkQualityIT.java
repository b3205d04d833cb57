package it.viva.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.RoomClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** A page's report of how it receives the others reaches the secretariat only (docs/protocol.md, quality). */
class NetworkQualityIT {

    @Test
    void aMembersReportReachesTheSecretaryAndNoOneElse() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.member()));
                RoomClient other = RoomClient.connect(setup.defense(), setup.ticket(setup.memberApis().get(1)))) {
            String secretaryId = secretary.await("welcome").getJsonObject("you").getString("id");
            member.await("welcome");
            other.await("welcome");

            member.send("{\"type\":\"quality\",\"of\":{\"" + secretaryId + "\":\"good\",\"" + setup.memberId(1)
                    + "\":\"poor\",\"M999999\":\"fair\"}}");
            JsonObject report = secretary.await("quality");
            assertEquals(setup.memberId(0), report.getString("from"));
            assertEquals("good", report.getJsonObject("of").getString(secretaryId));
            assertEquals("poor", report.getJsonObject("of").getString(setup.memberId(1)));
            assertFalse(report.getJsonObject("of").containsKey("M999999"), "no one outside the room is named");

            String[][] refused = {
                {"{\"type\":\"quality\"}", "missing_field"},
                {"{\"type\":\"quality\",\"of\":{\"" + secretaryId + "\":\"great\"}}", "invalid_quality"},
                {"{\"type\":\"quality\",\"of\":{\"" + secretaryId + "\":3}}", "invalid_quality"},
            };
            for (String[] c : refused) {
                member.send(c[0]);
                assertEquals(c[1], member.await("error").getString("code"), c[0]);
            }
            other.send("{\"type\":\"ping\"}");
            other.await("pong");
            assertFalse(other.seen().stream().anyMatch(m -> "quality".equals(m.getString("type"))),
                    "members do not see each other's reports");
        }
    }

    @Test
    void anApplicantInTheLobbyReportsNothing() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient applicant = RoomClient.connect(setup.defense(), setup.applicantTicket(setup.joinToken()))) {
            secretary.await("welcome");
            applicant.await("welcome");
            applicant.send("{\"type\":\"quality\",\"of\":{}}");
            assertEquals("not_in_room", applicant.await("error").getString("code"));
        }
    }
}
