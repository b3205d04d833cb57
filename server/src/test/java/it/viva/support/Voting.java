package it.viva.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/** A defense with its eligible members in the room, ready to vote. */
public final class Voting implements AutoCloseable {

    public final Defenses.Setup setup;
    public final RoomClient secretary;
    /** The applicant, admitted from the lobby: voting opens only on an applicant who has defended. */
    public final RoomClient applicant;
    public final List<RoomClient> members = new ArrayList<>();

    private Voting(Defenses.Setup setup, int present) {
        this.setup = setup;
        this.secretary = RoomClient.connect(setup.defense(), setup.ticket(Api.secretary()));
        secretary.await("welcome");
        this.applicant = RoomClient.connect(setup.defense(), setup.applicantTicket(setup.joinToken()));
        applicant.await("welcome");
        setup.verifyIdentity();
        Api.Reply admitted = Api.secretary().post("/api/defenses/" + setup.defense() + "/admit", new byte[0], null);
        assertEquals(200, admitted.status(), admitted::toString);
        applicant.await("admitted");
        for (int i = 0; i < present; i++) {
            RoomClient member = RoomClient.connect(setup.defense(), setup.ticket(setup.memberApis().get(i)));
            member.await("welcome");
            members.add(member);
        }
        awaitPresent(present);
    }

    /** The first {@code present} eligible members (at most 6) are in the room. */
    public static Voting with(int present) {
        return new Voting(Defenses.scheduled(), present);
    }

    /** The same, on a defense already set up (a re-defense before the same panel, say). */
    public static Voting on(Defenses.Setup setup, int present) {
        return new Voting(setup, present);
    }

    public Api.Reply stage(String stage) {
        return Api.secretary().post("/api/defenses/" + setup.defense() + "/stage", "{\"stage\":\"" + stage + "\"}");
    }

    public void open() {
        Api.Reply reply = stage("VOTING");
        assertEquals(200, reply.status(), reply::toString);
    }

    public Api.Reply vote(int member, String decision, String reason) {
        return vote(setup.memberApis().get(member), decision, reason);
    }

    public Api.Reply vote(Api as, String decision, String reason) {
        String body = reason == null ? "{\"decision\":\"" + decision + "\"}"
                : "{\"decision\":\"" + decision + "\",\"reason\":\"" + reason + "\"}";
        return as.post("/api/defenses/" + setup.defense() + "/votes", body);
    }

    public jakarta.json.JsonObject result(Api as) {
        Api.Reply reply = as.get("/api/defenses/" + setup.defense() + "/result");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** Presence follows the sockets; waits until the server counts them. */
    public void awaitPresent(int members) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            long present = Api.secretary().get("/api/defenses/" + setup.defense() + "/presence").json()
                    .getJsonArray("present").getValuesAs(jakarta.json.JsonString.class).stream()
                    .filter(id -> id.getString().startsWith("M")).count();
            if (present == members) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(members + " members did not become present");
    }

    @Override
    public void close() {
        members.forEach(RoomClient::close);
        applicant.close();
        secretary.close();
    }
}
