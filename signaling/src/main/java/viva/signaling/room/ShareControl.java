package viva.signaling.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import viva.signaling.RoomRefusal;
import viva.signaling.RoomStage;
import viva.signaling.media.MediaBroker;
import viva.signaling.wire.Outbound;

/**
 * Screen sharing in a room: checks a page's {@code share} and the secretariat's
 * {@code allow-share}, tells the media broker, and announces every start and end to the room, so
 * that each page knows which incoming stream is a screen. A share ends by itself when the stage
 * leaves the statement and the questions, and when the sharer leaves the room.
 */
@ApplicationScoped
public class ShareControl {

    @Inject
    MediaBroker media;

    void share(Room room, Seat from, boolean active) throws RoomRefusal {
        String id = from.participant().id();
        if (!active) {
            if (room.share().stop(id)) {
                ended(room, id);
            }
            return;
        }
        if (room.share().start(from.participant(), from.inRoom(), room.stage())) {
            // The media server's publication exists before any viewer, told below, asks for it.
            media.shareStarted(room, from);
            room.broadcast(Outbound.share(id, true), null);
        } else {
            from.send(Outbound.share(id, true));
        }
    }

    void allow(Room room, Seat from, boolean members) throws RoomRefusal {
        RoomDispatcher.requireSecretary(from);
        Optional<String> ended = room.share().allowMembers(members);
        room.broadcast(Outbound.allowShare(members), null);
        ended.ifPresent(id -> ended(room, id));
    }

    /** The seat left the room (socket closed, replaced, sent to the lobby): their share ends. */
    public void left(Room room, Seat seat) {
        String id = seat.participant().id();
        if (room.share().stop(id)) {
            ended(room, id);
        }
    }

    void stageChanged(Room room, RoomStage stage) {
        room.share().endUnless(stage).ifPresent(id -> ended(room, id));
    }

    /** What a page entering the room (or admitted to it) learns: the share now, and the members' permission. */
    void greet(Room room, Seat seat) {
        room.share().sharer().ifPresent(id -> seat.send(Outbound.share(id, true)));
        if (room.share().membersMay()) {
            seat.send(Outbound.allowShare(true));
        }
    }

    private void ended(Room room, String participantId) {
        media.shareEnded(room, participantId);
        room.broadcast(Outbound.share(participantId, false), null);
    }
}
