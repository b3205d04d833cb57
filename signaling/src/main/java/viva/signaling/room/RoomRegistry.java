package viva.signaling.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import viva.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.websocket.Session;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import viva.signaling.Entry;
import viva.signaling.Participant;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomCommand;
import viva.signaling.RoomEvent;
import viva.signaling.media.IceSettings;
import viva.signaling.media.MediaBroker;
import viva.signaling.wire.MessageTypes;
import viva.signaling.wire.Outbound;

/** Every open defense room on this node; reacts to sockets and to the application's commands. */
@ApplicationScoped
public class RoomRegistry {

    private final Map<Long, Room> rooms = new ConcurrentHashMap<>();

    @Inject
    Event<RoomEvent> events;

    @Inject
    MediaBroker media;

    @Inject
    IceSettings ice;

    @Inject
    ShareControl shares;

    @Inject
    Clock clock;

    @Inject
    RoomHome home;

    /** Seats the participant, greets them and tells the others. */
    public void enter(Entry entry, Session session) {
        Room room = rooms.computeIfAbsent(entry.participant().defenseId(), Room::new);
        Instant now = clock.instant();
        Room.Change change = room.seat(entry, session, now);
        Seat seat = change.seat();
        if (change.replaced() != null) {
            Seat old = change.replaced();
            if (old.inRoom()) {
                room.broadcast(Outbound.left(old.participant().id()), seat);
                shares.left(room, old);
                media.left(room, old);
            }
            old.close(CloseCodes.REPLACED, "replaced by a newer connection");
        }
        if (seat.inRoom()) {
            // Before the page or anyone else can offer: a media server must know the newcomer first.
            media.entered(room, seat);
        }
        seat.send(welcome(room, seat, now));
        if (seat.inRoom()) {
            shares.greet(room, seat);
            room.broadcast(Outbound.joined(seat.participant()), seat);
            events.fireAsync(new RoomEvent(RoomEvent.Kind.JOINED, seat.participant(), now));
        } else {
            events.fireAsync(new RoomEvent(RoomEvent.Kind.WAITING, seat.participant(), now));
        }
        if (!seat.inRoom() || change.replaced() != null && !change.replaced().inRoom()) {
            room.toSecretaries(room.waitingList());
        }
    }

    /** The socket closed with this code: frees its seat, if it still held one, and says whether it was lost. */
    public void leave(long defenseId, Session session, int closeCode) {
        Room room = rooms.get(defenseId);
        if (room == null) {
            return;
        }
        room.unseat(session).ifPresent(seat -> {
            if (seat.inRoom()) {
                room.broadcast(Outbound.left(seat.participant().id()), null);
                shares.left(room, seat);
                media.left(room, seat);
            } else {
                room.toSecretaries(room.waitingList());
            }
            events.fireAsync(new RoomEvent(RoomEvent.Kind.LEFT, seat.participant(), clock.instant(),
                    CloseCodes.isLoss(closeCode)));
        });
        if (rooms.computeIfPresent(defenseId, (id, r) -> r.isEmpty() ? null : r) == null && home != null) {
            home.release(defenseId);
        }
    }

    public Optional<Room> room(long defenseId) {
        return Optional.ofNullable(rooms.get(defenseId));
    }

    /** Who counts as present: everyone in the room (an applicant from admission). */
    public Set<String> present(long defenseId) {
        return room(defenseId).map(r -> r.inRoom().stream().map(s -> s.participant().id())
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    /** Applicants waiting in the lobby. */
    public List<Participant> waiting(long defenseId) {
        return room(defenseId).map(r -> Room.participants(r.waiting())).orElse(List.of());
    }

    public List<Room> rooms() {
        return List.copyOf(rooms.values());
    }

    void onAdmit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomCommand.Admit command) {
        room(command.defenseId()).flatMap(r -> r.admit(command.participantId()).map(seat -> {
            media.entered(r, seat);
            seat.send(Outbound.admitted(Room.participants(r.inRoom().stream().filter(s -> s != seat).toList())));
            shares.greet(r, seat);
            r.broadcast(Outbound.joined(seat.participant()), seat);
            r.toSecretaries(r.waitingList());
            events.fireAsync(new RoomEvent(RoomEvent.Kind.ADMITTED, seat.participant(), clock.instant()));
            return seat;
        }));
    }

    void onStage(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomCommand.StageChanged command) {
        room(command.defenseId()).ifPresent(r -> {
            r.stage(command.stage(), command.startedAt(), command.clock());
            if (command.stage().deliberation()) {
                // Out before the stage is announced, so that nothing of the deliberation reaches them.
                r.applicantsInRoom().forEach(seat -> toLobby(r, seat.participant().id(), "deliberation"));
            }
            Instant now = clock.instant();
            Outbound message = Outbound.stage(command.stage().name(), command.startedAt(), now, command.clock());
            r.all().forEach(seat -> seat.send(message));
            shares.stageChanged(r, command.stage());
            media.stageChanged(r, command.stage());
            if (command.stage().closed()) {
                Outbound closed = Outbound.closed("the defense is closed");
                r.all().forEach(seat -> {
                    seat.send(closed);
                    seat.close(1000, "the defense is closed");
                });
            }
        });
    }

    /** The countdown paused or resumed: every page gets the stage again with the new clock. */
    void onClock(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomCommand.ClockChanged command) {
        room(command.defenseId()).ifPresent(r -> {
            r.clock(command.clock());
            if (r.stage() == null) {
                return;
            }
            Outbound message = Outbound.stage(r.stage().name(), r.stageStartedAt(), clock.instant(), r.clock());
            r.all().forEach(seat -> seat.send(message));
        });
    }

    void onIncident(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomCommand.Incident command) {
        room(command.defenseId()).ifPresent(r -> r.toSecretaries(Outbound.incident(command.participantId(),
                command.role().name(), command.kind(), command.at(), command.seconds(), command.clockPaused())));
    }

    void onVoted(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomCommand.Voted command) {
        room(command.defenseId()).ifPresent(r -> {
            Outbound message = new Outbound(Outbound.typed(MessageTypes.VOTED)
                    .add("participantId", command.participantId()).build());
            r.broadcast(message, null); // never to the lobby: the applicant learns nothing of the vote
        });
    }

    void onDrop(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomCommand.Drop command) {
        room(command.defenseId()).flatMap(r -> r.find(command.participantId()))
                .ifPresent(seat -> seat.close(CloseCodes.DROPPED, "dropped by the secretariat"));
    }

    void onMute(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomCommand.Mute command) {
        room(command.defenseId()).flatMap(r -> r.find(command.participantId())).filter(Seat::inRoom)
                .ifPresent(seat -> seat.send(Outbound.muted(command.by())));
    }

    void onToLobby(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomCommand.ToLobby command) {
        room(command.defenseId()).ifPresent(r -> toLobby(r, command.participantId(), "secretary"));
    }

    void onRemove(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomCommand.Remove command) {
        room(command.defenseId()).flatMap(r -> r.find(command.participantId()))
                .ifPresent(seat -> seat.close(CloseCodes.REMOVED, "removed by the secretariat"));
    }

    /**
     * The applicant leaves the room for the lobby: the others close their media with them as if
     * they had left, and their own socket stays open for the stages, the return and the close.
     */
    private void toLobby(Room room, String participantId, String reason) {
        room.toLobby(participantId).ifPresent(seat -> {
            shares.left(room, seat);
            media.left(room, seat);
            room.broadcast(Outbound.left(participantId), seat);
            seat.send(Outbound.lobby(reason));
            room.toSecretaries(room.waitingList());
            events.fireAsync(new RoomEvent(RoomEvent.Kind.SENT_TO_LOBBY, seat.participant(), clock.instant()));
        });
    }

    void onShutOut(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomCommand.ShutOut command) {
        room(command.defenseId()).flatMap(r -> r.find(command.participantId()))
                .ifPresent(seat -> seat.close(CloseCodes.REVOKED, "the join link was revoked"));
    }

    /** The configured servers, then those made for this participant (their own TURN credentials). */
    private JsonArray iceServers(Entry entry) {
        JsonArrayBuilder servers = Jsonp.createArrayBuilder();
        media.iceServers().forEach(servers::add);
        entry.iceServers().forEach(servers::add);
        return servers.build();
    }

    private Outbound welcome(Room room, Seat seat, Instant now) {
        Entry entry = seat.entry();
        JsonObjectBuilder message = Outbound.typed(MessageTypes.WELCOME)
                .add("you", Outbound.describe(entry.participant()))
                .add("resumeToken", entry.resumeToken())
                .add("state", seat.inRoom() ? "room" : "lobby")
                .add("participants", seat.inRoom()
                        ? Outbound.list(Room.participants(room.inRoom().stream().filter(s -> s != seat).toList()))
                        : Jsonp.createArrayBuilder())
                .add("stage", entry.stage().name())
                .add("serverTime", now.toString())
                .add("media", media.kind())
                .add("mediaState", media.unavailable().isPresent() ? "degraded" : "ok")
                .add("iceServers", iceServers(entry))
                .add("iceTransportPolicy", ice.transportPolicy())
                .add("defense", entry.defense())
                .add("node", home == null ? "" : home.node());
        Outbound.clock(message, room.clock(), now);
        if (entry.stageStartedAt() != null) {
            message.add("stageStartedAt", entry.stageStartedAt().toString());
        }
        JsonObjectBuilder seconds = Jsonp.createObjectBuilder();
        entry.stageSeconds().forEach(seconds::add);
        message.add("stageSeconds", seconds);
        if (entry.participant().role() == ParticipantRole.SECRETARY) {
            JsonArrayBuilder waiting = Outbound.list(Room.participants(room.waiting()));
            message.add("waiting", waiting);
            if (entry.applicant() != null) {
                message.add("applicant", entry.applicant());
            }
        }
        return new Outbound(message.build());
    }
}
