package viva.signaling.room;

import jakarta.websocket.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import viva.signaling.Entry;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomClock;
import viva.signaling.RoomStage;
import viva.signaling.share.ScreenShare;
import viva.signaling.wire.Outbound;

/**
 * The participants of one defense and who of them is in the room. Changes to the membership are
 * serialized on the room, so that every page sees joins and leaves in one order.
 */
public final class Room {

    public record Change(Seat seat, Seat replaced) {
    }

    private final long defenseId;
    private final Map<String, Seat> seats = new LinkedHashMap<>();
    private final ScreenShare share = new ScreenShare();
    private volatile RoomStage stage;
    private volatile Instant stageStartedAt;
    private volatile RoomClock clock = RoomClock.NONE;

    Room(long defenseId) {
        this.defenseId = defenseId;
    }

    public long defenseId() {
        return defenseId;
    }

    /** Who shares a screen in this room. */
    public ScreenShare share() {
        return share;
    }

    /**
     * Seats a participant; an applicant not yet admitted (or sent out since) waits in the lobby, and
     * so does every applicant while the panel deliberates.
     */
    synchronized Change seat(Entry entry, Session session, Instant now) {
        boolean inRoom = entry.participant().role() != ParticipantRole.APPLICANT
                || entry.admitted() && !entry.stage().deliberation();
        Seat seat = new Seat(entry, session, inRoom, now);
        Seat replaced = seats.put(entry.participant().id(), seat);
        stage = entry.stage();
        stageStartedAt = entry.stageStartedAt();
        clock = clock.newer(entry.clock());
        return new Change(seat, replaced);
    }

    /** Removes the seat if this session still holds it (a replaced socket leaves nothing). */
    synchronized Optional<Seat> unseat(Session session) {
        for (Map.Entry<String, Seat> e : seats.entrySet()) {
            if (e.getValue().session() == session) {
                seats.remove(e.getKey());
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    synchronized Optional<Seat> admit(String participantId) {
        Seat seat = seats.get(participantId);
        if (seat == null || seat.inRoom() || seat.participant().role() != ParticipantRole.APPLICANT) {
            return Optional.empty();
        }
        seat.enterRoom();
        return Optional.of(seat);
    }

    /** Moves an applicant in the room out to the lobby; empty for anyone else. */
    synchronized Optional<Seat> toLobby(String participantId) {
        Seat seat = seats.get(participantId);
        if (seat == null || !seat.inRoom() || seat.participant().role() != ParticipantRole.APPLICANT) {
            return Optional.empty();
        }
        seat.leaveRoom();
        return Optional.of(seat);
    }

    /** The applicants in the room (one, or none). */
    public synchronized List<Seat> applicantsInRoom() {
        return seats.values().stream().filter(Seat::inRoom)
                .filter(s -> s.participant().role() == ParticipantRole.APPLICANT).toList();
    }

    public synchronized Optional<Seat> find(String participantId) {
        return Optional.ofNullable(seats.get(participantId));
    }

    public synchronized Optional<Seat> bySession(Session session) {
        return seats.values().stream().filter(s -> s.session() == session).findFirst();
    }

    public synchronized List<Seat> inRoom() {
        return seats.values().stream().filter(Seat::inRoom).toList();
    }

    public synchronized List<Seat> waiting() {
        return seats.values().stream().filter(s -> !s.inRoom()).toList();
    }

    public synchronized List<Seat> all() {
        return new ArrayList<>(seats.values());
    }

    public synchronized boolean isEmpty() {
        return seats.isEmpty();
    }

    /** Sends to everyone in the room but {@code except} (may be null). */
    public void broadcast(Outbound message, Seat except) {
        for (Seat seat : inRoom()) {
            if (seat != except) {
                seat.send(message);
            }
        }
    }

    public void toSecretaries(Outbound message) {
        for (Seat seat : all()) {
            if (seat.participant().role() == ParticipantRole.SECRETARY) {
                seat.send(message);
            }
        }
    }

    public Outbound waitingList() {
        return Outbound.waiting(participants(waiting()));
    }

    public static List<viva.signaling.Participant> participants(Collection<Seat> seats) {
        return seats.stream().map(Seat::participant).toList();
    }

    void stage(RoomStage stage, Instant startedAt, RoomClock clock) {
        this.stage = stage;
        this.stageStartedAt = startedAt;
        this.clock = clock;
    }

    /** The latest countdown the application told the room (with a ticket or after a pause or resume). */
    synchronized void clock(RoomClock clock) {
        this.clock = this.clock.newer(clock);
    }

    public RoomClock clock() {
        return clock;
    }

    public RoomStage stage() {
        return stage;
    }

    public Instant stageStartedAt() {
        return stageStartedAt;
    }
}
