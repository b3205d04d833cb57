package it.viva;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import it.viva.support.ItServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Data lives in the Derby folder, not in the server process: a restart keeps every record. */
class RestartIT {

    @Test
    void dataSurvivesARestartOfTheServer() {
        Api api = Api.secretary();
        long round = Fixtures.round();
        Api.Reply created = api.post("/api/applicants", Fixtures.applicantBody(round, "SENIOR").build());
        assertEquals(201, created.status(), created::toString);
        JsonObject before = api.get("/api/applicants/" + created.id()).json();

        ItServer.stop();
        ItServer.start();

        JsonObject after = api.get("/api/applicants/" + created.id()).json();
        assertEquals(before, after);
        assertEquals(1, Fixtures.count(api.get("/api/applicants?roundId=" + round)));
        assertEquals(200, api.get("/api/rounds/" + round).status());
    }
}
