package it.viva.defense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Dates;
import it.viva.support.Defenses;
import it.viva.support.RoomClient;
import it.viva.support.Voting;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A round as it really runs: no-shows, a defense held again, and a publication that waits for both. */
class RoundLifeIT {

    private static final Api SECRETARY = Api.secretary();

    @Test
    void anApplicantWhoNeverComesIsAbsentNotVotedOn() {
        Defenses.Setup setup = Defenses.scheduled();
        String defense = "/api/defenses/" + setup.defense();
        try (RoomClient member1 = RoomClient.connect(setup.defense(), setup.ticket(setup.memberApis().get(0)));
                RoomClient member2 = RoomClient.connect(setup.defense(), setup.ticket(setup.memberApis().get(1)));
                RoomClient member3 = RoomClient.connect(setup.defense(), setup.ticket(setup.memberApis().get(2)));
                RoomClient member4 = RoomClient.connect(setup.defense(), setup.ticket(setup.memberApis().get(3)));
                RoomClient member5 = RoomClient.connect(setup.defense(), setup.ticket(setup.memberApis().get(4)))) {
            for (RoomClient member : List.of(member1, member2, member3, member4, member5)) {
                member.await("welcome");
            }
            setup.openLobby();
            assertRefused(409, "applicant_not_admitted", SECRETARY.post(defense + "/stage", "{\"stage\":\"VOTING\"}"));
            assertEquals("LOBBY", SECRETARY.get(defense).json().getString("stage"));
        }
        assertEquals(200, SECRETARY.post(defense + "/stage", "{\"stage\":\"CLOSED\"}").status());
        assertEquals("ABSENT", SECRETARY.get(defense + "/result").json().getString("outcome"));
        assertEquals("ABSENT", SECRETARY.get(defense).json().getString("outcome"));

        JsonObject waiting = unscheduled(setup.round()).get(0);
        assertEquals(setup.applicant(), waiting.getJsonNumber("applicantId").longValue(), "ABSENT may be held again");
        assertEquals("ABSENT", waiting.getJsonArray("earlierDefenses").getJsonObject(0).getString("outcome"));

        // ABSENT settles the round (not passed): it can be published, and the applicant sees 缺席's code.
        Api.Reply published = SECRETARY.post("/api/rounds/" + setup.round() + "/publish", new byte[0], null);
        assertEquals(200, published.status(), published::toString);
        assertEquals("ABSENT", published.json().getJsonArray("outcomes").getJsonObject(0).getString("outcome"));
    }

    @Test
    void anInvalidDefenseIsHeldAgainAndItsOutcomeIsTheApplicantsResult() {
        Defenses.Setup first;
        try (Voting room = Voting.with(5)) {
            first = room.setup;
            room.open();
            for (int m = 0; m < 4; m++) {
                assertEquals(201, room.vote(m, "PASS", null).status());
            }
            assertEquals(200, room.stage("CLOSED").status());
            assertEquals("INVALID", room.result(SECRETARY).getString("outcome"), "four votes, a quorum of five");
        }
        String publish = "/api/rounds/" + first.round() + "/publish";
        Api.Reply unsettled = SECRETARY.post(publish, new byte[0], null);
        assertRefused(409, "unsettled_applicants", unsettled);
        assertEquals(first.applicant(), unsettled.json().getJsonArray("applicantIds").getJsonNumber(0).longValue());
        JsonObject waiting = unscheduled(first.round()).get(0);
        assertEquals("INVALID", waiting.getJsonArray("earlierDefenses").getJsonObject(0).getString("outcome"));

        Api.Reply again = SECRETARY.post("/api/defenses", Dates.shifted("""
                {"applicantId": %d, "panelId": %d, "start": "2026-12-09T09:00:00+08:00"}"""
                .formatted(first.applicant(), first.panel())));
        assertEquals(201, again.status(), again::toString);
        assertEquals(first.defense(), again.json().getJsonNumber("previousDefenseId").longValue());
        assertTrue(unscheduled(first.round()).isEmpty());
        Api.Reply third = SECRETARY.post("/api/defenses", Dates.shifted("""
                {"applicantId": %d, "panelId": %d, "start": "2026-12-10T09:00:00+08:00"}"""
                .formatted(first.applicant(), first.panel())));
        assertRefused(409, "scheduling_conflict", third);
        assertTrue(third.body().contains("applicant_already_scheduled"), third::toString);

        try (Voting room = Voting.on(first.withDefense(again.id()), 5)) {
            room.open();
            for (int m = 0; m < 5; m++) {
                assertEquals(201, room.vote(m, "PASS", null).status());
            }
            assertEquals(200, room.stage("CLOSED").status());
            assertEquals("PASSED", room.result(SECRETARY).getString("outcome"));
        }
        Api.Reply published = SECRETARY.post(publish, new byte[0], null);
        assertEquals(200, published.status(), published::toString);
        JsonObject line = published.json().getJsonArray("outcomes").getJsonObject(0);
        assertEquals(1, published.json().getJsonArray("outcomes").size(), "one line per applicant");
        assertEquals("PASSED", line.getString("outcome"));
        assertEquals(2, line.getInt("attempts"));
        assertEquals(again.id(), line.getJsonNumber("defenseId").longValue());
    }

    private static List<JsonObject> unscheduled(long round) {
        return SECRETARY.get("/api/defenses/unscheduled?roundId=" + round).array().getValuesAs(JsonObject.class);
    }

    private static void assertRefused(int status, String code, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(code, reply.error(), reply::toString);
    }
}
