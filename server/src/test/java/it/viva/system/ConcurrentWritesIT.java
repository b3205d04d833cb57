package it.viva.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import it.viva.support.Fixtures;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many secretariat writes at the same moment (new applicants, experts, rounds, each taking new
 * identifiers and appending to the audit trail) all succeed: none is answered 500 because two
 * transactions waited on each other, and the audit chain stays whole.
 */
class ConcurrentWritesIT {

    private static final int WRITERS = 12;
    private static final int EACH = 15;

    @Test
    void simultaneousCreationsAllSucceedAndTheChainStaysValid() throws Exception {
        long round = Fixtures.round();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                Callable<List<String>> work = () -> {
                    start.await();
                    List<String> refused = new ArrayList<>();
                    for (int i = 0; i < EACH; i++) {
                        Api.Reply reply = switch ((writer + i) % 3) {
                            case 0 -> Api.secretary().post("/api/applicants",
                                    Fixtures.applicantBody(round, "INTERMEDIATE").build());
                            case 1 -> Api.secretary().post("/api/members", Json.createObjectBuilder()
                                    .add("name", "并发专家").add("employer", "并发单位")
                                    .add("specialtyCodes", Json.createArrayBuilder().add("ENG11"))
                                    .add("username", Fixtures.unique("cw")).add("password", "member-pass-1").build());
                            default -> Api.secretary().post("/api/rounds",
                                    Fixtures.roundBody(Fixtures.unique("round")).build());
                        };
                        if (reply.status() != 201) {
                            refused.add(reply.toString());
                        }
                    }
                    return refused;
                };
                writers.add(pool.submit(work));
            }
            start.countDown();
            List<String> refused = new ArrayList<>();
            for (Future<List<String>> writer : writers) {
                refused.addAll(writer.get(5, TimeUnit.MINUTES));
            }
            assertTrue(refused.isEmpty(), refused.size() + " of " + WRITERS * EACH + " writes refused: " + refused);
        } finally {
            pool.shutdownNow();
        }
        Api.Reply verify = Api.secretary().get("/api/audit/verify");
        assertEquals(200, verify.status(), verify::toString);
        assertTrue(verify.json().getBoolean("valid"), verify::toString);
    }
}
