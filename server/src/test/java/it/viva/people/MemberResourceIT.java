package it.viva.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class MemberResourceIT {

    private final Api api = Api.secretary();

    private static JsonObject body(String username) {
        return Json.createObjectBuilder()
                .add("name", "张立军")
                .add("employer", "新疆天山建设工程有限公司")
                .add("specialtyCodes", Json.createArrayBuilder().add("ENG11").add("ENG25"))
                .add("username", username)
                .add("password", "expert-pass-1")
                .build();
    }

    @Test
    void createsAnExpertWhoCanSignIn() {
        String username = Fixtures.unique("zhang");
        Api.Reply created = api.post("/api/members", body(username));
        assertEquals(201, created.status(), created::toString);
        JsonObject member = api.get("/api/members/" + created.id()).json();
        assertEquals("张立军", member.getString("name"));
        assertEquals(username, member.getString("username"));
        assertEquals(2, member.getJsonArray("specialtyCodes").size());
        assertTrue(!member.containsKey("password") && !member.toString().contains("expert-pass-1"));
        assertEquals(200, Api.as(username, "expert-pass-1").get("/api/specialties").status());
        assertEquals(401, Api.as(username, "expert-pass-2").get("/api/specialties").status());
    }

    @Test
    void aTakenUserNameIs409() {
        String username = Fixtures.unique("taken");
        assertEquals(201, api.post("/api/members", body(username)).status());
        int before = Fixtures.count(api.get("/api/members"));
        Api.Reply again = api.post("/api/members", body(username));
        assertEquals(409, again.status());
        assertEquals("duplicate_username", again.error());
        assertEquals(409, api.post("/api/members", Json.createObjectBuilder(body("x")).add("username", "secretary")
                .build()).status());
        assertEquals(before, Fixtures.count(api.get("/api/members")));
    }

    @Test
    void userNamesThatDifferOnlyInCaseAreTaken() {
        String username = Fixtures.unique("case");
        assertEquals(201, api.post("/api/members", body(username)).status());
        for (String twin : new String[] {username.toUpperCase(java.util.Locale.ROOT), "Secretary", "SECRETARY"}) {
            Api.Reply again = api.post("/api/members", Json.createObjectBuilder(body(twin)).build());
            assertEquals(409, again.status(), twin);
            assertEquals("duplicate_username", again.error());
        }
        assertEquals(409, api.post("/api/members", body("EXPERT01")).status(), "a demo expert's name in capitals");
    }

    @Test
    void weakPasswordsAreRefusedNamingTheRule() {
        String username = Fixtures.unique("weak");
        for (String[] weak : new String[][] {
                {"1234567890", "common"}, {"QWERTYUIOP", "common"}, {"abc1234567", "common"},
                {" ".repeat(10), "only spaces"}, {username.toUpperCase(java.util.Locale.ROOT), "user name"}}) {
            Api.Reply reply = api.post("/api/members", Json.createObjectBuilder(body(username))
                    .add("password", weak[0]).build());
            assertEquals(400, reply.status(), weak[0]);
            assertEquals("weak_password", reply.error());
            assertTrue(reply.json().getString("message").contains(weak[1]), reply::toString);
        }
        Api.Reply eight = api.post("/api/members", Json.createObjectBuilder(body(username))
                .add("password", "12345678").build());
        assertEquals(400, eight.status());
        assertTrue(eight.json().getString("message").contains("10 to 128 characters"), eight::toString);
        assertEquals(401, Api.as(username, "1234567890").get("/api/specialties").status(), "no account was made");
        assertEquals(201, api.post("/api/members", body(username)).status(), "a good password is taken");
    }

    @Test
    void aRefusedExpertLeavesNoAccountBehind() {
        String username = Fixtures.unique("half");
        Api.Reply unknown = api.post("/api/members", Json.createObjectBuilder(body(username))
                .add("specialtyCodes", Json.createArrayBuilder().add("ENG11").add("NOPE")).build());
        assertEquals(400, unknown.status());
        assertEquals("unknown_specialty", unknown.error());
        assertEquals(401, Api.as(username, "expert-pass-1").get("/api/specialties").status());
        assertEquals(201, api.post("/api/members", body(username)).status(), "the user name is still free");
    }

    @Test
    void badExpertsAreRefused() {
        JsonObject good = body(Fixtures.unique("bad"));
        for (JsonObject bad : new JsonObject[] {
                Json.createObjectBuilder(good).add("password", "short").build(),
                Json.createObjectBuilder(good).add("username", "has space").build(),
                Json.createObjectBuilder(good).add("username", "ab").build(),
                Json.createObjectBuilder(good).add("specialtyCodes", Json.createArrayBuilder()).build(),
                Json.createObjectBuilder(good).remove("employer").build()}) {
            Api.Reply reply = api.post("/api/members", bad);
            assertEquals(400, reply.status(), bad::toString);
            assertEquals("validation_failed", reply.error());
        }
        Api.Reply twice = api.post("/api/members", Json.createObjectBuilder(good)
                .add("specialtyCodes", Json.createArrayBuilder().add("ENG11").add("ENG11")).build());
        assertEquals(400, twice.status());
        assertEquals(404, api.get("/api/members/987654321").status());
    }

    @Test
    void aNameThatTurnsTextAroundIsRefused() {
        String username = Fixtures.unique("bidi");
        for (String field : new String[] {"name", "employer"}) {
            for (String bidi : new String[] {"\u202E", "\u202A", "\u2066", "\u2069"}) {
                Api.Reply reply = api.post("/api/members", Json.createObjectBuilder(body(username))
                        .add(field, "王建国" + bidi + "gnp.exe").build());
                assertEquals(400, reply.status(), reply::toString);
                assertEquals("invalid_text", reply.error(), reply::toString);
                assertEquals(field, reply.json().getString("field"), reply::toString);
            }
        }
        assertEquals(401, Api.as(username, "expert-pass-1").get("/api/specialties").status(), "no account was made");
        Api.Reply marks = api.post("/api/members", Json.createObjectBuilder(body(username))
                .add("name", "王\u200F建国\u200E").build());
        assertEquals(201, marks.status(), "direction marks reorder nothing and stay allowed: " + marks);
    }
}
