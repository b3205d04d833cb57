package viva.benchmark.signaling;

import it.viva.support.Api;
import it.viva.support.Defenses;
import java.net.http.HttpClient;
import viva.benchmark.Retry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One defense under load: the secretary, six members and the applicant, each on a socket, playing
 * a session as the defense page does. Whoever enters offers to everyone already in the room and
 * the other answers on receiving the offer; both then trickle their ICE candidates.
 */
final class LoadRoom {

    /** Stage changes as the secretary makes them, one every {@link #STAGE_EVERY_SECONDS}. */
    static final List<String> STAGES = List.of("STATEMENT", "QUESTIONS", "VOTING");
    static final int STAGE_EVERY_SECONDS = 10;
    /** Chromium trickles its candidates as it gathers them: one every few milliseconds. */
    static final int TRICKLE_MILLIS = 20;

    private final Defenses.Setup defense;
    private final Tally tally;
    private final ScheduledExecutorService timer;
    private final int candidatesEachWay;
    private final Map<String, Long> stageSentAt = new ConcurrentHashMap<>();
    /** The secretary first, then the members in the order they entered; the applicant last. */
    private final List<LoadSocket> sockets = new ArrayList<>();

    LoadRoom(Defenses.Setup defense, Tally tally, ScheduledExecutorService timer, int candidatesEachWay) {
        this.defense = defense;
        this.tally = tally;
        this.timer = timer;
        this.candidatesEachWay = candidatesEachWay;
    }

    /** The relay floor's room: eight sockets on the bare relay, named NAME-0 to NAME-7. */
    void enterFloor(HttpClient client, String name) throws Exception {
        for (int i = 0; i < 8; i++) {
            sockets.add(LoadSocket.openFloor(client, this, tally, name + "-" + i));
        }
    }

    /** The same join burst on the floor: everyone offers to those who entered before, nobody is admitted. */
    void playFloor(long delayMillis) {
        timer.schedule(() -> {
            for (int j = 1; j < sockets.size(); j++) {
                for (int i = 0; i < j; i++) {
                    offer(sockets.get(j), sockets.get(i).id());
                }
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    long defenseId() {
        return defense.defense();
    }

    List<LoadSocket> sockets() {
        return sockets;
    }

    /** Real tickets for everyone, then the sockets: the applicant waits in the lobby. */
    void enter(HttpClient client) throws Exception {
        Retry.onServerError(() -> {
            defense.openLobby();
            return null;
        });
        sockets.add(LoadSocket.open(client, this, tally, Retry.onServerError(() -> defense.ticket(Api.secretary()))));
        for (Api member : defense.memberApis()) {
            sockets.add(LoadSocket.open(client, this, tally, Retry.onServerError(() -> defense.ticket(member))));
        }
        String joinToken = Retry.onServerError(defense::joinToken);
        sockets.add(LoadSocket.open(client, this, tally,
                Retry.onServerError(() -> defense.applicantTicket(joinToken))));
        // Admission needs the secretary's identity check, as on the page; part of the setup, not timed.
        Retry.onServerError(() -> {
            defense.verifyIdentity();
            return null;
        });
    }

    /**
     * Starts the session after the delay: the secretary admits the applicant (who then offers to
     * all), each member offers to those who entered before, and the stage moves every 10 s.
     */
    void play(long delayMillis) {
        LoadSocket secretary = sockets.get(0);
        timer.schedule(() -> {
            secretary.send(now -> "{\"type\":\"admit\",\"participantId\":\"" + defense.applicantId() + "\"}",
                    () -> { });
            for (int j = 1; j < sockets.size() - 1; j++) {
                for (int i = 0; i < j; i++) {
                    offer(sockets.get(j), sockets.get(i).id());
                }
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
        for (int s = 0; s < STAGES.size(); s++) {
            String stage = STAGES.get(s);
            timer.schedule(() -> secretary.send(now -> {
                stageSentAt.put(stage, now);
                return "{\"type\":\"stage\",\"stage\":\"" + stage + "\"}";
            }, () -> tally.stagesExpected.addAndGet(sockets.size())),
                    delayMillis + (s + 1) * STAGE_EVERY_SECONDS * 1000L, TimeUnit.MILLISECONDS);
        }
    }

    /** How long a session lasts from its start: the last stage change and a moment for it to arrive. */
    static long sessionMillis() {
        return STAGES.size() * STAGE_EVERY_SECONDS * 1000L + 2000;
    }

    long stageSentAt(String stage) {
        return stageSentAt.getOrDefault(stage, 0L);
    }

    /** The applicant was admitted: like the page, it offers to everyone in the room. */
    void admitted(LoadSocket applicant, List<String> inRoom) {
        inRoom.forEach(id -> offer(applicant, id));
    }

    void answer(LoadSocket from, String to) {
        from.send(now -> Messages.answer(to, now), tally.relaysSent::incrementAndGet);
        trickle(from, to);
    }

    private void offer(LoadSocket from, String to) {
        from.send(now -> Messages.offer(to, now), tally.relaysSent::incrementAndGet);
        trickle(from, to);
    }

    private void trickle(LoadSocket from, String to) {
        for (int n = 0; n < candidatesEachWay; n++) {
            int index = n;
            timer.schedule(() -> from.send(now -> Messages.ice(to, index, now), tally.relaysSent::incrementAndGet),
                    (long) (n + 1) * TRICKLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    void close() {
        sockets.forEach(LoadSocket::close);
    }
}
