package it.viva.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import viva.testing.IdNumbers;

class ApplicantResourceIT {

    private final Api api = Api.secretary();

    @Test
    void registersAnApplicantAndDerivesWhetherADefenseIsRequired() {
        long round = Fixtures.round();
        Api.Reply senior = api.post("/api/applicants", Fixtures.applicantBody(round, "SENIOR").build());
        assertEquals(201, senior.status(), senior::toString);
        assertTrue(senior.json().getBoolean("defenseRequired"));
        Api.Reply deputy = api.post("/api/applicants", Fixtures.applicantBody(round, "副高级").build());
        assertTrue(deputy.json().getBoolean("defenseRequired"));
        Api.Reply junior = api.post("/api/applicants", Fixtures.applicantBody(round, "JUNIOR").build());
        assertEquals(201, junior.status(), junior::toString);
        assertFalse(junior.json().getBoolean("defenseRequired"));

        var list = api.get("/api/applicants?roundId=" + round).array().getValuesAs(JsonObject.class);
        assertEquals(3, list.size());
        JsonObject first = list.stream().filter(a -> a.getJsonNumber("id").longValue() == senior.id())
                .findFirst().orElseThrow();
        assertEquals("王建国", first.getString("name"));
        assertEquals("ENG11", first.getString("specialtyCode"));
        assertEquals("SENIOR", first.getString("level"));
        assertEquals("FEE_PAID", first.getString("status"));
        assertTrue(first.getBoolean("schedulable"));
        assertEquals("DEPUTY_SENIOR", list.stream().filter(a -> a.getJsonNumber("id").longValue() == deputy.id())
                .findFirst().orElseThrow().getString("level"));
        assertEquals("NOT_REQUIRED", list.stream().filter(a -> a.getJsonNumber("id").longValue() == junior.id())
                .findFirst().orElseThrow().getString("ineligibility"));
    }

    @Test
    void withoutARoundIdTheLatestRoundIsMeant() {
        long round = Fixtures.round();
        JsonObject body = Json.createObjectBuilder(Fixtures.applicantBody(round, "SENIOR").build())
                .remove("roundId").build();
        Api.Reply created = api.post("/api/applicants", body);
        assertEquals(201, created.status(), created::toString);
        JsonObject stored = api.get("/api/applicants/" + created.id()).json();
        assertEquals(round, stored.getJsonNumber("roundId").longValue());
        assertTrue(api.get("/api/applicants").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getJsonNumber("id").longValue() == created.id()));
    }

    @Test
    void aReturnedApplicantKeepsTheReturnTimeInTheRoundsZone() {
        long round = Fixtures.round();
        Api.Reply created = api.post("/api/applicants", Fixtures.applicantBody(round, "SENIOR")
                .add("status", "RETURNED").add("returnedAt", "2020-01-02T10:00:00Z").build());
        assertEquals(201, created.status(), created::toString);
        JsonObject stored = api.get("/api/applicants/" + created.id()).json();
        assertEquals("2020-01-02T18:00:00+08:00", stored.getString("returnedAt"));
        assertEquals("WITHDRAWN", stored.getString("effectiveStatus"));
        assertEquals("RETURN_EXPIRED", stored.getString("ineligibility"));
    }

    @Test
    void aSecondApplicantWithTheSameIdNumberInTheRoundIs409() {
        long round = Fixtures.round();
        JsonObject body = Fixtures.applicantBody(round, "SENIOR").build();
        assertEquals(201, api.post("/api/applicants", body).status());
        Api.Reply again = api.post("/api/applicants", Json.createObjectBuilder(body).add("name", "另一人").build());
        assertEquals(409, again.status(), again::toString);
        assertEquals("duplicate_id_number", again.error());
        long otherRound = Fixtures.round();
        assertEquals(201, api.post("/api/applicants",
                Json.createObjectBuilder(body).add("roundId", otherRound).build()).status(),
                "the same person may apply in another round");
        assertEquals(1, Fixtures.count(api.get("/api/applicants?roundId=" + round)));
    }

    @Test
    void badApplicantsAreRefusedWithANamedErrorAndNothingIsStored() {
        long round = Fixtures.round();
        JsonObject good = Fixtures.applicantBody(round, "SENIOR").build();
        String wrongCheck = good.getString("idNumber").substring(0, 17)
                + (good.getString("idNumber").endsWith("0") ? "1" : "0");
        String female = IdNumbers.of("650102", LocalDate.of(1980, 1, 1), 2, false);

        assertRefused(400, "malformed_json", api.post("/api/applicants", "{\"name\":"));
        assertRefused(400, "malformed_json", api.post("/api/applicants", "\"just a string\""));
        assertRefused(400, "validation_failed", api.post("/api/applicants", "{}"));
        assertRefused(400, "validation_failed", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("name", "  ").build()));
        assertRefused(400, "validation_failed", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("name", "长".repeat(101)).build()));
        assertRefused(400, "invalid_id_number", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("idNumber", wrongCheck).build()));
        assertRefused(400, "invalid_id_number", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("idNumber", "12345").build()));
        assertRefused(400, "gender_mismatch", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("idNumber", female).build()));
        assertRefused(400, "unknown_specialty", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("specialtyCode", "ENG99").build()));
        assertRefused(400, "invalid_value", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("level", "GRAND").build()));
        assertRefused(400, "invalid_value", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("status", "PENDING").build()));
        assertRefused(400, "invalid_value", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("gender", "X").build()));
        assertRefused(400, "returned_at_required", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("status", "RETURNED").build()));
        assertRefused(400, "invalid_value", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("returnedAt", "yesterday").build()));
        assertRefused(400, "invalid_value", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("barredUntil", "2029-02-30").build()));
        assertRefused(404, "round_not_found", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("roundId", 987654321L).build()));
        assertRefused(400, "malformed_json", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("roundId", "seven").build()));
        assertRefused(400, "invalid_value", api.get("/api/applicants?roundId=-3"));
        assertRefused(400, "invalid_text", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("name", "王建国\u202Egnp.exe").build()));
        assertRefused(400, "invalid_text", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("employer", "\u2066某单位\u2069").build()));
        assertRefused(400, "invalid_value", api.post("/api/applicants",
                Json.createObjectBuilder(good).add("roundId", new java.math.BigDecimal("1.5")).build()));
        assertRefused(415, "unsupported_media_type", api.post("/api/applicants", good.toString().getBytes(),
                "application/xml"));

        assertEquals(0, Fixtures.count(api.get("/api/applicants?roundId=" + round)));
        assertEquals(201, api.post("/api/applicants", good).status(), "the good body still goes in afterwards");
    }

    @Test
    void anUnknownApplicantIs404() {
        Api.Reply reply = api.get("/api/applicants/987654321");
        assertEquals(404, reply.status());
        assertEquals("applicant_not_found", reply.error());
    }

    private static void assertRefused(int status, String code, Api.Reply reply) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(code, reply.error(), reply::toString);
    }
}
