package it.viva.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import viva.people.Employers;

/** POST /api/panels/draw: 专家随机抽取, reproducible from the seed and the candidate list. */
class PanelDrawIT {

    private final Api api = Api.secretary();

    /** The ENG11 experts as the test reads them, by id: their employers' keys. */
    private Map<Long, String> eng11Pool() {
        Map<Long, String> pool = new TreeMap<>();
        for (JsonObject member : api.get("/api/members").array().getValuesAs(JsonObject.class)) {
            boolean covers = member.getJsonArray("specialtyCodes").getValuesAs(JsonString.class).stream()
                    .anyMatch(s -> s.getString().equals("ENG11"));
            if (covers) {
                pool.put(member.getJsonNumber("id").longValue(), Employers.key(member.getString("employer")));
            }
        }
        return pool;
    }

    private Api.Reply draw(long round, int size, List<Long> excluded, String seed) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        excluded.forEach(ids::add);
        var body = Json.createObjectBuilder().add("roundId", round).add("name", Fixtures.unique("抽取组"))
                .add("specialtyCodes", Json.createArrayBuilder().add("ENG11")).add("size", size)
                .add("excludeMemberIds", ids);
        if (seed != null) {
            body.add("seed", seed);
        }
        return api.post("/api/panels/draw", body.build());
    }

    private static List<Long> memberIds(Api.Reply reply) {
        return reply.json().getJsonArray("memberIds").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue).toList();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSameSeedAndCandidatesGiveTheSamePanelOneMemberPerEmployer() throws Exception {
        for (int i = 0; i < 9; i++) {
            Fixtures.member(Fixtures.unique("抽取单位"));
        }
        long round = Fixtures.round();
        Map<Long, String> pool = eng11Pool();
        Api.Reply first = draw(round, 7, List.of(), "announced-2026-12-01");
        assertEquals(201, first.status(), first::toString);
        Api.Reply second = draw(round, 7, List.of(), "announced-2026-12-01");
        assertEquals(201, second.status(), second::toString);
        assertNotEquals(first.id(), second.id());
        assertEquals(memberIds(first), memberIds(second));

        JsonObject record = first.json().getJsonObject("draw");
        assertEquals("announced-2026-12-01", record.getString("seed"));
        assertEquals(pool.size(), record.getInt("candidates"));
        StringBuilder list = new StringBuilder();
        pool.forEach((id, employer) -> list.append(id).append('\t').append(employer).append('\n'));
        assertEquals(sha256(list.toString()), record.getString("candidateListSha256"));

        Set<String> employers = new HashSet<>();
        memberIds(first).forEach(id -> employers.add(pool.get(id)));
        assertEquals(7, employers.size(), "one member per employer");
        assertEquals(memberIds(first).get(0).longValue(), first.json().getJsonNumber("chairId").longValue());
        JsonObject panel = api.get("/api/panels/" + first.id()).json();
        assertEquals(7, panel.getJsonArray("memberIds").size());

        Api.Reply chosen = draw(round, 5, List.of(), null);
        assertEquals(201, chosen.status(), chosen::toString);
        assertEquals(32, chosen.json().getJsonObject("draw").getString("seed").length(), "a server-chosen seed");
    }

    @Test
    void excludedMembersAreLeftOutAndTooSmallAPoolIsRefused() {
        for (int i = 0; i < 6; i++) {
            Fixtures.member(Fixtures.unique("抽取单位"));
        }
        long round = Fixtures.round();
        Map<Long, String> pool = eng11Pool();
        List<Long> excluded = new ArrayList<>(pool.keySet()).subList(0, 3);
        Api.Reply drawn = draw(round, 5, excluded, "x");
        assertEquals(201, drawn.status(), drawn::toString);
        assertEquals(pool.size() - 3, drawn.json().getJsonObject("draw").getInt("candidates"));
        assertTrue(memberIds(drawn).stream().noneMatch(excluded::contains));

        List<Long> allButFour = new ArrayList<>(pool.keySet()).subList(4, pool.size());
        Api.Reply tooFew = draw(round, 5, allButFour, "x");
        assertEquals(409, tooFew.status(), tooFew::toString);
        assertEquals("not_enough_experts", tooFew.error());
    }

    @Test
    void badRequestsAreRefusedWithTheirCodes() {
        long round = Fixtures.round();
        assertEquals(400, draw(round, 4, List.of(), null).status());
        assertEquals(400, draw(round, 10, List.of(), null).status());
        Api.Reply unknownMember = draw(round, 5, List.of(987654321L), null);
        assertEquals(400, unknownMember.status(), unknownMember::toString);
        assertEquals("unknown_member", unknownMember.error());
        Api.Reply unknownSpecialty = api.post("/api/panels/draw", Json.createObjectBuilder().add("roundId", round)
                .add("name", "无此专业").add("specialtyCodes", Json.createArrayBuilder().add("NOPE99")).add("size", 5)
                .build());
        assertEquals(400, unknownSpecialty.status(), unknownSpecialty::toString);
        assertEquals(404, draw(987654321L, 5, List.of(), null).status());

        Api.Reply published = api.post("/api/rounds/" + round + "/publish", new byte[0], null);
        assertEquals(200, published.status(), published::toString);
        Api.Reply late = draw(round, 5, List.of(), null);
        assertEquals(409, late.status(), late::toString);
        assertEquals("round_published", late.error());
    }
}
