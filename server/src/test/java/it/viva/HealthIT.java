package it.viva;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void readyAndLiveWithoutSigningIn() {
        Api.Reply ready = Api.anonymous().get("/health/ready");
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().getString("status"));
        Api.Reply live = Api.anonymous().get("/health/live");
        assertEquals(200, live.status(), live::toString);
        assertEquals("UP", Api.anonymous().get("/health").json().getString("status"));
    }

    @Test
    void openApiDocumentIsPublicAndListsTheApi() {
        Api.Reply doc = Api.anonymous().get("/openapi");
        assertEquals(200, doc.status());
        for (String path : new String[] {"/api/specialties", "/api/rounds", "/api/applicants",
                "/api/applicants/import", "/api/members", "/api/panels"}) {
            assertTrue(doc.body().contains(path + ":"), "OpenAPI lists " + path);
        }
    }

    @Test
    void servesTheWebPages() {
        Api.Reply index = Api.anonymous().get("/");
        assertEquals(200, index.status());
        assertTrue(index.body().contains("Viva"));
    }
}
