package it.viva.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Defenses;
import it.viva.support.RoomClient;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Screen sharing over a real socket: share, allow-share and every refusal (docs/protocol.md). */
class ScreenShareIT {

    private static final String SHARE = "{\"type\":\"share\",\"active\":true}";
    private static final String UNSHARE = "{\"type\":\"share\",\"active\":false}";

    private static void stage(Defenses.Setup setup, String stage) {
        Api.Reply reply = Api.secretary().post("/api/defenses/" + setup.defense() + "/stage",
                "{\"stage\":\"" + stage + "\"}");
        assertEquals(200, reply.status(), reply::toString);
    }

    private static String errorCode(RoomClient client, String message) {
        client.send(message);
        return client.await("error").getString("code");
    }

    private static void assertShare(RoomClient client, String participantId, boolean active) {
        JsonObject share = client.await("share");
        assertEquals(participantId, share.getString("participantId"), share::toString);
        assertEquals(active, share.getBoolean("active"), share::toString);
    }

    /** The applicant enters from the lobby and is admitted; the room holds the secretary and the member. */
    private static RoomClient admitted(Defenses.Setup setup, RoomClient secretary) {
        RoomClient applicant = RoomClient.connect(setup.defense(), setup.applicantTicket(setup.joinToken()));
        applicant.await("welcome");
        setup.verifyIdentity();
        secretary.send("{\"type\":\"admit\",\"participantId\":\"" + setup.applicantId() + "\"}");
        applicant.await("admitted");
        return applicant;
    }

    @Test
    void theApplicantsShareIsAnnouncedToEveryoneAndOneShareAtATime() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            secretary.await("welcome");
            member.await("welcome");
            try (RoomClient applicant = admitted(setup, secretary)) {
                stage(setup, "STATEMENT");
                applicant.await("stage");

                applicant.send(SHARE);
                for (RoomClient page : List.of(applicant, secretary, member)) {
                    assertShare(page, setup.applicantId(), true);
                }
                assertEquals("share_in_use", errorCode(secretary, SHARE));
                assertEquals("share_not_allowed", errorCode(member, SHARE));
                assertEquals("missing_field", errorCode(applicant, "{\"type\":\"share\",\"active\":\"yes\"}"));

                // Mesh: the sharer offers its screen on a connection of its own, marked as a screen.
                applicant.send("{\"type\":\"offer\",\"to\":\"" + setup.memberId(0)
                        + "\",\"stream\":\"screen\",\"sdp\":\"v=0 screen\"}");
                JsonObject offer = member.await("offer");
                assertEquals(setup.applicantId(), offer.getString("from"));
                assertEquals("screen", offer.getString("stream"));
                member.send("{\"type\":\"answer\",\"to\":\"" + setup.applicantId()
                        + "\",\"stream\":\"screen\",\"sdp\":\"v=0 screen answer\"}");
                assertEquals("screen", applicant.await("answer").getString("stream"));
                assertEquals("share_not_active", errorCode(member, "{\"type\":\"offer\",\"to\":\""
                        + setup.applicantId() + "\",\"stream\":\"screen\",\"sdp\":\"v=0\"}"));
                assertEquals("invalid_stream", errorCode(applicant, "{\"type\":\"offer\",\"to\":\""
                        + setup.memberId(0) + "\",\"stream\":\"slides\",\"sdp\":\"v=0\"}"));

                // A newcomer learns of the share right after its welcome.
                try (RoomClient second = RoomClient.connect(setup.defense(), setup.ticket(setup.memberApis().get(1)))) {
                    second.await("welcome");
                    assertShare(second, setup.applicantId(), true);
                }

                applicant.send(UNSHARE);
                for (RoomClient page : List.of(applicant, secretary, member)) {
                    assertShare(page, setup.applicantId(), false);
                }
                secretary.send(SHARE);
                assertShare(member, secretary.first("welcome").getJsonObject("you").getString("id"), true);
            }
        }
    }

    @Test
    void noShareBeforeTheStatementNorFromTheLobby() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()))) {
            secretary.await("welcome");
            assertEquals("share_not_allowed_now", errorCode(secretary, SHARE));
            try (RoomClient applicant = RoomClient.connect(setup.defense(), setup.applicantTicket(setup.joinToken()))) {
                applicant.await("welcome");
                stage(setup, "STATEMENT");
                applicant.await("stage");
                assertEquals("not_in_room", errorCode(applicant, SHARE));
            }
        }
    }

    @Test
    void theSecretaryAllowsMembersToShareAndWithdrawingItEndsAMembersShare() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            secretary.await("welcome");
            member.await("welcome");
            stage(setup, "STATEMENT");
            member.await("stage");

            assertEquals("forbidden", errorCode(member, "{\"type\":\"allow-share\",\"members\":true}"));
            assertEquals("missing_field", errorCode(secretary, "{\"type\":\"allow-share\"}"));
            secretary.send("{\"type\":\"allow-share\",\"members\":true}");
            assertTrue(member.await("allow-share").getBoolean("members"));
            assertTrue(secretary.await("allow-share").getBoolean("members"));

            member.send(SHARE);
            assertShare(secretary, setup.memberId(0), true);
            secretary.send("{\"type\":\"allow-share\",\"members\":false}");
            assertFalse(member.await("allow-share").getBoolean("members"));
            assertShare(member, setup.memberId(0), false);
            assertEquals("share_not_allowed", errorCode(member, SHARE));
        }
    }

    @Test
    void theShareEndsWhenTheSharerLeaves() {
        Defenses.Setup setup = Defenses.scheduled();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
                RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.member()))) {
            String secretaryId = secretary.await("welcome").getJsonObject("you").getString("id");
            member.await("welcome");
            stage(setup, "QUESTIONS");
            member.await("stage");
            secretary.send(SHARE);
            assertShare(member, secretaryId, true);
            secretary.send("{\"type\":\"leave\"}");
            assertEquals(secretaryId, member.await("left").getString("participantId"));
            assertShare(member, secretaryId, false);
        }
    }

    @Test
    void theShareEndsWhenVotingOpens() {
        Defenses.Setup setup = Defenses.scheduled();
        List<RoomClient> members = new ArrayList<>();
        try (RoomClient secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()))) {
            secretary.await("welcome");
            for (int i = 0; i < 5; i++) {
                RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.memberApis().get(i)));
                member.await("welcome");
                members.add(member);
            }
            try (RoomClient applicant = admitted(setup, secretary)) {
                stage(setup, "STATEMENT");
                applicant.send(SHARE);
                assertShare(members.get(0), setup.applicantId(), true);
                stage(setup, "QUESTIONS");
                assertEquals("QUESTIONS", members.get(0).await("stage").getString("stage"));
                stage(setup, "VOTING");
                // The applicant leaves for the lobby before the stage is announced, and their share ends with it.
                assertShare(members.get(0), setup.applicantId(), false);
                assertEquals("VOTING", members.get(0).await("stage").getString("stage"));
            }
        } finally {
            members.forEach(RoomClient::close);
        }
    }
}
