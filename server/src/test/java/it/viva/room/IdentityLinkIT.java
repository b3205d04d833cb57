package it.viva.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.RoomClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The lobby's identity link: offers, answers and ICE carrying {@code "link": "identity"} pass
 * between the secretary and the applicant waiting in the lobby, and no one else; the link closes at
 * admission.
 */
class IdentityLinkIT {

    private static final String CANDIDATE = "{\"candidate\":\"candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host\","
            + "\"sdpMid\":\"0\",\"sdpMLineIndex\":0}";

    @Test
    void theWaitingApplicantsCameraReachesTheSecretaryOnlyUntilAdmission() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            String secretaryId = secretary.await("welcome").getJsonObject("you").getString("id");
            member.await("welcome");
            try (RoomClient applicant = RoomClient.connect(setup.defense(), setup.applicantTicket(setup.joinToken()))) {
                assertEquals("lobby", applicant.await("welcome").getString("state"));
                secretary.await("waiting");

                secretary.send(signal("offer", setup.applicantId(), "\"sdp\":\"v=0 offer\""));
                JsonObject offer = applicant.await("offer");
                assertEquals(secretaryId, offer.getString("from"));
                assertEquals("identity", offer.getString("link"));
                applicant.send(signal("answer", secretaryId, "\"sdp\":\"v=0 answer\""));
                JsonObject answer = secretary.await("answer");
                assertEquals(setup.applicantId(), answer.getString("from"));
                assertEquals("identity", answer.getString("link"));
                applicant.send(signal("ice", secretaryId, "\"candidate\":" + CANDIDATE));
                assertEquals("identity", secretary.await("ice").getString("link"));

                member.send(signal("offer", setup.applicantId(), "\"sdp\":\"v=0\""));
                assertEquals("identity_link_closed", member.await("error").getString("code"),
                        "a member never sees the waiting applicant");
                applicant.send(signal("offer", setup.memberId(0), "\"sdp\":\"v=0\""));
                assertEquals("identity_link_closed", applicant.await("error").getString("code"));
                applicant.send("{\"type\":\"offer\",\"to\":\"" + secretaryId + "\",\"sdp\":\"v=0\"}");
                assertEquals("not_in_room", applicant.await("error").getString("code"),
                        "without the link the lobby sends no media");

                setup.verifyIdentity();
                assertEquals(200, Api.secretary().post("/api/defenses/" + setup.defense() + "/admit", new byte[0], null)
                        .status());
                applicant.await("admitted");
                secretary.send(signal("offer", setup.applicantId(), "\"sdp\":\"v=0 again\""));
                assertEquals("identity_link_closed", secretary.await("error").getString("code"),
                        "the link closes at admission");
                assertFalse(member.seen().stream().anyMatch(m -> m.containsKey("link")), "the member saw no link");
            }
        }
    }

    private static String signal(String type, String to, String content) {
        return "{\"type\":\"" + type + "\",\"to\":\"" + to + "\",\"link\":\"identity\"," + content + "}";
    }
}
