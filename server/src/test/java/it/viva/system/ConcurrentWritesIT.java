package it.viva.system;

import it.viva.support.Dates;
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
 * Many secretariat writes at the same moment (new applicants, experts, rounds and defenses being
 * scheduled in the same round, each taking new identifiers, locks and the audit trail's head) are
 * all answered: none with a 500 because two transactions waited on each other, and the audit
 * chain stays whole.
 */
class ConcurrentWritesIT {

    private static final int WRITERS = 12;
    private static final int EACH = 15;

    @Test
    void simultaneousWritesAreAllAnsweredAndTheChainStaysValid() throws Exception {
        long round = Fixtures.round();
        List<Long> members = new ArrayList<>();
        for (int m = 0; m < 7; m++) {
            members.add(Fixtures.member("评审单位" + m));
        }
        long panel = Fixtures.panel(round, List.of("ENG11"), members);
        List<Long> applicants = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            applicants.add(Fixtures.applicant(Fixtures.applicantBody(round, "SENIOR")));
        }
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
                        Api.Reply reply = switch ((writer + i) % 4) {
                            case 0 -> Api.secretary().post("/api/applicants",
                                    Fixtures.applicantBody(round, "INTERMEDIATE").build());
                            case 1 -> Api.secretary().post("/api/members", Json.createObjectBuilder()
                                    .add("name", "并发专家").add("employer", "并发单位")
                                    .add("specialtyCodes", Json.createArrayBuilder().add("ENG11"))
                                    .add("username", Fixtures.unique("cw")).add("password", "member-pass-1").build());
                            case 2 -> Api.secretary().post("/api/rounds",
                                    Fixtures.roundBody(Fixtures.unique("round")).build());
                            // Takes the round's scheduling lock; a second booking of one applicant is a 409.
                            default -> Api.secretary().post("/api/defenses", Dates.shifted("""
                                    {"applicantId": %d, "panelId": %d, "start": "2026-12-%02dT%s:00+08:00"}"""
                                    .formatted(applicants.get(writer), panel, 7 + writer % 5,
                                            List.of("09:00", "09:35", "10:10", "10:45", "11:20").get(i % 5))));
                        };
                        boolean scheduling = (writer + i) % 4 == 3;
                        if (reply.status() != 201 && !(scheduling && reply.status() == 409)) {
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
