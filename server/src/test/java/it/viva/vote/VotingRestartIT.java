package it.viva.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.viva.support.Api;
import it.viva.support.ItServer;
import it.viva.support.RoomClient;
import it.viva.support.Voting;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A server restart in the middle of voting loses no vote, and voting goes on after it. */
class VotingRestartIT {

    @Test
    void votesSurviveARestartAndVotingGoesOn() {
        try (Voting room = Voting.with(6)) {
            room.open();
            for (int m = 0; m < 3; m++) {
                assertEquals(201, room.vote(m, "PASS", null).status());
            }
            List<String> resume = new ArrayList<>();
            room.members.forEach(member -> resume.add(member.first("welcome").getString("resumeToken")));

            ItServer.stop();
            ItServer.start();

            JsonObject status = Api.secretary().get("/api/defenses/" + room.setup.defense() + "/votes").json();
            assertEquals("VOTING", status.getString("stage"));
            assertEquals(3, status.getInt("votesCast"), "no vote was lost");

            List<RoomClient> back = new ArrayList<>();
            try {
                for (String token : resume) {
                    Api.Reply ticket = Api.anonymous().post("/api/defenses/" + room.setup.defense() + "/ticket",
                            "{\"resumeToken\":\"" + token + "\"}");
                    assertEquals(201, ticket.status(), ticket::toString);
                    RoomClient client = RoomClient.connect(room.setup.defense(), ticket.json().getString("ticket"));
                    client.await("welcome");
                    back.add(client);
                }
                for (int m = 3; m < 6; m++) {
                    assertEquals(201, room.vote(m, "PASS", null).status());
                }
                assertEquals(409, room.vote(0, "PASS", null).status(), "a vote cast before the restart still counts");
                assertEquals(200, room.stage("CLOSED").status());
                JsonObject result = room.result(Api.secretary());
                assertEquals(6, result.getInt("votesCast"));
                assertEquals("PASSED", result.getString("outcome"));
            } finally {
                back.forEach(RoomClient::close);
            }
        }
    }
}
