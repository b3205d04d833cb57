package it.viva;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import org.junit.jupiter.api.Test;

class SecurityIT {

    @Test
    void anonymousCallsGetAJson401AndABasicChallenge() {
        for (String path : new String[] {"/api/specialties", "/api/rounds", "/api/applicants", "/api/no-such"}) {
            Api.Reply reply = Api.anonymous().get(path);
            assertEquals(401, reply.status(), path);
            assertEquals("unauthenticated", reply.error(), path);
            assertTrue(reply.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), path);
        }
        assertEquals(401, Api.anonymous().post("/api/rounds", "{}").status());
    }

    @Test
    void wrongOrMalformedCredentialsAre401() {
        Api.Reply wrong = Api.as("secretary", "not-the-password").get("/api/specialties");
        assertEquals(401, wrong.status());
        assertEquals("invalid_credentials", wrong.error());
        assertEquals(401, Api.as("nobody-here", "whatever-1").get("/api/specialties").status());
        Api.Reply malformed = Api.withAuthorization("Basic %%%not-base64").get("/api/specialties");
        assertEquals(401, malformed.status());
        assertEquals("malformed_credentials", malformed.error());
    }

    @Test
    void theSecretaryPasswordComesFromConfiguration() {
        assertEquals(200, Api.secretary().get("/api/rounds").status());
    }

    @Test
    void aMemberReadsTheCatalogueButNotTheAdministration() {
        Fixtures.member("某单位");
        String username = Fixtures.unique("reader");
        Api.Reply created = Api.secretary().post("/api/members", """
                {"name":"读者","employer":"某单位","specialtyCodes":["ENG01"],"username":"%s","password":"reader-pass-1"}
                """.formatted(username));
        assertEquals(201, created.status(), created::toString);
        Api member = Api.as(username, "reader-pass-1");
        assertEquals(200, member.get("/api/specialties").status());
        for (String path : new String[] {"/api/rounds", "/api/applicants", "/api/members", "/api/panels"}) {
            Api.Reply reply = member.get(path);
            assertEquals(403, reply.status(), path);
            assertEquals("forbidden", reply.error(), path);
        }
        assertEquals(403, member.post("/api/rounds", Fixtures.roundBody("x").build()).status());
    }
}
