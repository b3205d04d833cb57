package it.viva.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;
import viva.testing.IdNumbers;

/** Builds each test's own data through the API, with names no other test uses. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static JsonObjectBuilder roundBody(String name) {
        JsonObjectBuilder stages = Json.createObjectBuilder();
        for (String level : List.of("SENIOR", "DEPUTY_SENIOR", "INTERMEDIATE", "JUNIOR")) {
            stages.add(level, Json.createObjectBuilder().add("statement", 10).add("questions", 15).add("voting", 5));
        }
        return Json.createObjectBuilder()
                .add("name", name)
                .add("year", 2026)
                .add("timeZone", "Asia/Shanghai")
                .add("defenseFrom", Dates.shifted("2026-12-07"))
                .add("defenseTo", Dates.shifted("2026-12-18"))
                .add("dailyWindows", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("from", "09:00").add("to", "12:00"))
                        .add(Json.createObjectBuilder().add("from", "14:30").add("to", "18:00")))
                .add("stageMinutes", stages)
                .add("changeoverMinutes", 5)
                .add("excludedDates", Json.createArrayBuilder().add(Dates.shifted("2026-12-12")).add(Dates.shifted("2026-12-13")));
    }

    public static long round() {
        Api.Reply reply = Api.secretary().post("/api/rounds", roundBody(unique("round")).build());
        assertEquals(201, reply.status(), reply::toString);
        return reply.id();
    }

    public static JsonObjectBuilder applicantBody(long roundId, String level) {
        return Json.createObjectBuilder()
                .add("roundId", roundId)
                .add("name", "王建国")
                .add("idNumber", IdNumbers.random(true))
                .add("gender", "MALE")
                .add("employer", "新疆天山建设工程有限公司")
                .add("specialtyCode", "ENG11")
                .add("level", level)
                .add("status", "FEE_PAID");
    }

    public static long member(String employer) {
        String username = unique("m");
        JsonObject body = Json.createObjectBuilder()
                .add("name", "专家" + username)
                .add("employer", employer)
                .add("specialtyCodes", Json.createArrayBuilder().add("ENG11"))
                .add("username", username)
                .add("password", "member-pass-1")
                .build();
        Api.Reply reply = Api.secretary().post("/api/members", body);
        assertEquals(201, reply.status(), reply::toString);
        return reply.id();
    }

    public static long panel(long roundId, List<String> specialtyCodes, List<Long> memberIds) {
        JsonArrayBuilder codes = Json.createArrayBuilder();
        specialtyCodes.forEach(codes::add);
        Api.Reply reply = Api.secretary().post("/api/panels", Json.createObjectBuilder()
                .add("roundId", roundId)
                .add("name", unique("panel"))
                .add("specialtyCodes", codes)
                .add("memberIds", ids(memberIds))
                .add("chairId", memberIds.get(0))
                .build());
        assertEquals(201, reply.status(), reply::toString);
        return reply.id();
    }

    public static long applicant(JsonObjectBuilder body) {
        Api.Reply reply = Api.secretary().post("/api/applicants", body.build());
        assertEquals(201, reply.status(), reply::toString);
        return reply.id();
    }

    public static JsonArrayBuilder ids(List<Long> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(array::add);
        return array;
    }

    public static int count(Api.Reply listReply) {
        assertEquals(200, listReply.status(), listReply::toString);
        return listReply.array().size();
    }
}
