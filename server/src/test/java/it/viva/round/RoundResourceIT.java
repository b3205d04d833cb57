package it.viva.round;

import it.viva.support.Dates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class RoundResourceIT {

    private final Api api = Api.secretary();

    @Test
    void createsAndReadsARound() {
        String name = Fixtures.unique("第一轮");
        Api.Reply created = api.post("/api/rounds", Fixtures.roundBody(name).build());
        assertEquals(201, created.status(), created::toString);
        long id = created.id();

        JsonObject round = api.get("/api/rounds/" + id).json();
        assertEquals(name, round.getString("name"));
        assertEquals("Asia/Shanghai", round.getString("timeZone"));
        assertEquals(Dates.shifted("2026-12-07"), round.getString("defenseFrom"));
        assertEquals("09:00", round.getJsonArray("dailyWindows").getJsonObject(0).getString("from"));
        assertEquals("18:00", round.getJsonArray("dailyWindows").getJsonObject(1).getString("to"));
        assertEquals(15, round.getJsonObject("stageMinutes").getJsonObject("SENIOR").getInt("questions"));
        assertEquals(5, round.getInt("changeoverMinutes"));
        assertEquals(Dates.shifted("2026-12-12"), round.getJsonArray("excludedDates").getString(0));

        assertTrue(api.get("/api/rounds").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getJsonNumber("id").longValue() == id));
    }

    @Test
    void defaultsZoneAndChangeover() {
        JsonObject body = Fixtures.roundBody(Fixtures.unique("defaults")).build();
        JsonObject without = Json.createObjectBuilder(body).remove("timeZone").remove("changeoverMinutes")
                .remove("excludedDates").build();
        Api.Reply created = api.post("/api/rounds", without);
        assertEquals(201, created.status(), created::toString);
        JsonObject round = api.get("/api/rounds/" + created.id()).json();
        assertEquals("Asia/Shanghai", round.getString("timeZone"));
        assertEquals(5, round.getInt("changeoverMinutes"));
        assertEquals(0, round.getJsonArray("excludedDates").size());
    }

    @Test
    void refusesBadRoundsWithANamedError() {
        int before = Fixtures.count(api.get("/api/rounds"));
        JsonObject good = Fixtures.roundBody(Fixtures.unique("bad")).build();
        assertRefused(400, "malformed_json", api.post("/api/rounds", "{\"name\": \"x\","));
        assertRefused(400, "malformed_json", api.post("/api/rounds", "[]"));
        assertRefused(400, "malformed_json", api.post("/api/rounds",
                Json.createObjectBuilder(good).add("year", "twenty").build()));
        assertRefused(400, "validation_failed", api.post("/api/rounds",
                Json.createObjectBuilder(good).remove("name").build()));
        assertRefused(400, "validation_failed", api.post("/api/rounds",
                Json.createObjectBuilder(good).add("year", 1900).build()));
        // A fraction was cut off (2026.5 became 2026) and a number beyond int wrapped around.
        for (String year : new String[] {"2026.5", "2026.000001", "4294969322", "1e400", "-1e-400"}) {
            Api.Reply reply = api.post("/api/rounds", good.toString().replaceFirst("\"year\":\\d+", "\"year\":" + year));
            assertRefused(400, "invalid_value", reply);
            assertEquals("year", reply.json().getString("field"), reply::toString);
        }
        JsonObject stagesOf = good.getJsonObject("stageMinutes");
        Api.Reply fraction = api.post("/api/rounds", Json.createObjectBuilder(good).add("stageMinutes",
                Json.createObjectBuilder(stagesOf).add("SENIOR", Json.createObjectBuilder()
                        .add("statement", new java.math.BigDecimal("10.5")).add("questions", 5).add("voting", 5)))
                .build());
        assertRefused(400, "invalid_value", fraction);
        assertRefused(400, "invalid_value", api.post("/api/rounds",
                Json.createObjectBuilder(good).add("timeZone", "Mars/Olympus").build()));
        assertRefused(400, "invalid_value", api.post("/api/rounds",
                Json.createObjectBuilder(good).add("defenseFrom", "07/12/2026").build()));
        assertRefused(400, "period_reversed", api.post("/api/rounds",
                Json.createObjectBuilder(good).add("defenseTo", Dates.shifted("2026-12-01")).build()));
        assertRefused(400, "windows_overlap", api.post("/api/rounds", Json.createObjectBuilder(good)
                .add("dailyWindows", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("from", "09:00").add("to", "12:00"))
                        .add(Json.createObjectBuilder().add("from", "11:00").add("to", "13:00")))
                .build()));
        assertRefused(400, "invalid_value", api.post("/api/rounds", Json.createObjectBuilder(good)
                .add("dailyWindows", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("from", "9 am").add("to", "12:00")))
                .build()));
        assertRefused(400, "invalid_value", api.post("/api/rounds", Json.createObjectBuilder(good)
                .add("dailyWindows", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("from", "12:00").add("to", "09:00")))
                .build()));
        JsonObject stages = good.getJsonObject("stageMinutes");
        assertRefused(400, "validation_failed", api.post("/api/rounds", Json.createObjectBuilder(good)
                .add("stageMinutes", Json.createObjectBuilder(stages).remove("JUNIOR")).build()));
        assertRefused(400, "invalid_value", api.post("/api/rounds", Json.createObjectBuilder(good)
                .add("stageMinutes", Json.createObjectBuilder(stages).remove("JUNIOR")
                        .add("MASTER", stages.getJsonObject("SENIOR"))).build()));
        assertRefused(400, "validation_failed", api.post("/api/rounds", Json.createObjectBuilder(good)
                .add("stageMinutes", Json.createObjectBuilder(stages)
                        .add("SENIOR", Json.createObjectBuilder().add("statement", 0).add("questions", 5)
                                .add("voting", 5))).build()));
        assertRefused(415, "unsupported_media_type", api.post("/api/rounds", good.toString().getBytes(),
                "text/plain"));
        assertEquals(before, Fixtures.count(api.get("/api/rounds")), "no refused round was stored");
    }

    @Test
    void anUnknownRoundIs404() {
        assertRefused(404, "round_not_found", api.get("/api/rounds/987654321"));
        assertRefused(404, "not_found", api.get("/api/rounds/abc"));
    }

    private static void assertRefused(int status, String code, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(code, reply.error(), reply::toString);
        assertTrue(reply.json().containsKey("message"), reply::toString);
    }
}
