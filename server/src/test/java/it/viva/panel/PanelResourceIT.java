package it.viva.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PanelResourceIT {

    private final Api api = Api.secretary();

    private static List<Long> members(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Fixtures.member("单位" + (i % 3)));
        }
        return ids;
    }

    private static JsonObject body(long round, String name, List<Long> memberIds, long chairId) {
        return Json.createObjectBuilder()
                .add("roundId", round)
                .add("name", name)
                .add("specialtyCodes", Json.createArrayBuilder().add("ENG11").add("ENG03"))
                .add("memberIds", Fixtures.ids(memberIds))
                .add("chairId", chairId)
                .build();
    }

    @Test
    void createsAPanelWithItsMembersAndChair() {
        long round = Fixtures.round();
        List<Long> seven = members(7);
        Api.Reply created = api.post("/api/panels", body(round, "土建交通组", seven, seven.get(2)));
        assertEquals(201, created.status(), created::toString);
        JsonObject panel = api.get("/api/panels/" + created.id()).json();
        assertEquals("土建交通组", panel.getString("name"));
        assertEquals(seven.get(2), panel.getJsonNumber("chairId").longValue());
        assertEquals(7, panel.getJsonArray("members").size());
        assertEquals("单位0", panel.getJsonArray("members").getJsonObject(0).getString("employer"));
        assertEquals(List.of("ENG11", "ENG03").stream().sorted().toList(),
                panel.getJsonArray("specialtyCodes").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).sorted().toList());
        assertEquals(1, Fixtures.count(api.get("/api/panels?roundId=" + round)));
    }

    @Test
    void refusesBrokenPanelsAndStoresNone() {
        long round = Fixtures.round();
        List<Long> ten = members(10);
        List<Long> five = ten.subList(0, 5);
        assertRefused(400, "validation_failed", api.post("/api/panels", body(round, "四人", ten.subList(0, 4),
                ten.get(0))));
        assertRefused(400, "validation_failed", api.post("/api/panels", body(round, "十人", ten, ten.get(0))));
        assertRefused(400, "chair_not_member", api.post("/api/panels", body(round, "主任", five, ten.get(9))));
        List<Long> repeated = new ArrayList<>(five);
        repeated.set(4, five.get(0));
        assertRefused(400, "duplicate_member", api.post("/api/panels", body(round, "重复", repeated, five.get(0))));
        List<Long> withUnknown = new ArrayList<>(five);
        withUnknown.set(4, 987654321L);
        assertRefused(400, "unknown_member", api.post("/api/panels", body(round, "未知", withUnknown, five.get(0))));
        assertRefused(400, "unknown_specialty", api.post("/api/panels", Json.createObjectBuilder(
                body(round, "专业", five, five.get(0))).add("specialtyCodes", Json.createArrayBuilder().add("X1"))
                .build()));
        assertRefused(400, "malformed_json", api.post("/api/panels", Json.createObjectBuilder(
                body(round, "类型", five, five.get(0))).add("memberIds", "1,2,3").build()));
        assertEquals(0, Fixtures.count(api.get("/api/panels?roundId=" + round)));

        // 2^64 + an id: read as a long, it wrapped around to that id and the panel was made.
        BigInteger wrap = BigInteger.TWO.pow(64);
        String four = five.subList(0, 4).stream().map(String::valueOf).collect(Collectors.joining(","));
        String template = "{\"roundId\":%s,\"name\":\"溢出\",\"specialtyCodes\":[\"ENG11\"],"
                + "\"memberIds\":[%s],\"chairId\":%s}";
        assertNumberRefused("memberIds", api.post("/api/panels", template.formatted(round,
                four + "," + wrap.add(BigInteger.valueOf(five.get(4))), five.get(0))));
        assertNumberRefused("chairId", api.post("/api/panels", template.formatted(round, four + "," + five.get(4),
                wrap.add(BigInteger.valueOf(five.get(0))))));
        assertNumberRefused("chairId", api.post("/api/panels", template.formatted(round, four + "," + five.get(4),
                five.get(0) + ".5")));
        assertNumberRefused("memberIds", api.post("/api/panels", template.formatted(round,
                four + "," + five.get(4) + ".25", five.get(0))));
        assertNumberRefused("roundId", api.post("/api/panels", template.formatted("1e400", four + "," + five.get(4),
                five.get(0))));
        assertEquals(0, Fixtures.count(api.get("/api/panels?roundId=" + round)));

        assertEquals(201, api.post("/api/panels", body(round, "同名", five, five.get(0))).status());
        assertRefused(409, "duplicate_panel_name", api.post("/api/panels", body(round, "同名", ten.subList(5, 10),
                ten.get(5))));
        assertRefused(404, "panel_not_found", api.get("/api/panels/987654321"));
    }

    private static void assertNumberRefused(String field, Api.Reply reply) {
        assertRefused(400, "invalid_value", reply);
        assertEquals(field, reply.json().getString("field"), reply::toString);
        assertTrue(reply.json().getString("message").startsWith(field + ": "), reply::toString);
    }

    private static void assertRefused(int status, String code, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(code, reply.error(), reply::toString);
    }
}
