package it.viva.defense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Voting;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A member's home lists their panel's defenses, blind, with their own vote. */
class MemberAgendaIT {

    private static List<JsonObject> agenda(Api member) {
        Api.Reply reply = member.get("/api/me/defenses");
        assertEquals(200, reply.status(), reply::toString);
        return reply.array().getValuesAs(JsonObject.class);
    }

    @Test
    void aMemberSeesTheirPanelsDefensesAndTheirOwnVote() {
        try (Voting room = Voting.with(5)) {
            room.open();
            assertEquals(201, room.vote(0, "VETO", "答辩内容与申报材料严重不符").status());
            long defense = room.setup.defense();

            JsonObject mine = agenda(room.setup.member()).stream()
                    .filter(d -> d.getJsonNumber("defenseId").longValue() == defense).findFirst().orElseThrow();
            assertTrue(mine.getBoolean("eligible"));
            assertTrue(mine.getBoolean("voted"));
            assertEquals("VETO", mine.getString("myVote"));
            assertEquals("VOTING", mine.getString("stage"));

            JsonObject other = agenda(room.setup.memberApis().get(1)).stream()
                    .filter(d -> d.getJsonNumber("defenseId").longValue() == defense).findFirst().orElseThrow();
            assertFalse(other.getBoolean("voted"), "a member sees only their own vote");
            assertFalse(other.containsKey("myVote") && !other.isNull("myVote"), other::toString);

            JsonObject recused = agenda(room.setup.recused()).stream()
                    .filter(d -> d.getJsonNumber("defenseId").longValue() == defense).findFirst().orElseThrow();
            assertFalse(recused.getBoolean("eligible"));
            assertTrue(agenda(room.setup.outsider()).stream()
                    .noneMatch(d -> d.getJsonNumber("defenseId").longValue() == defense));

            String body = room.setup.member().get("/api/me/defenses").body();
            assertFalse(body.contains("保密姓名") || body.contains("新疆昆仑交通规划设计院有限公司"), body);
            assertEquals(403, Api.secretary().get("/api/me/defenses").status());
        }
    }
}
