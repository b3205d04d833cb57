package viva.signaling.media;

import viva.signaling.RoomStage;
import jakarta.json.JsonArray;
import java.util.Optional;
import viva.signaling.room.Room;
import viva.signaling.room.Seat;
import viva.signaling.wire.Inbound;

/**
 * How a room's media flows. Mesh relays the browsers' own negotiation; a media server broker
 * (Kurento) terminates it. The room tells the broker who enters and leaves and hands it every
 * media message.
 */
public interface MediaBroker {

    /** What the page is told, so that it knows how to negotiate: "mesh" or "sfu". */
    String kind();

    JsonArray iceServers();

    void entered(Room room, Seat seat);

    void left(Room room, Seat seat);

    /** An offer, answer or ICE candidate from a page. */
    void signal(Room room, Seat from, Inbound message) throws MediaRefusal;

    /** The defense moved to another stage (a media server records the stages that say so). */
    default void stageChanged(Room room, RoomStage stage) {
    }

    /** {@code seat} began sharing a screen: a media server makes it a publication of its own. */
    default void shareStarted(Room room, Seat seat) {
    }

    /** The share of {@code participantId} ended (stopped, out of stage, or they left). */
    default void shareEnded(Room room, String participantId) {
    }

    /** Why media cannot flow now (a configured media server does not answer); empty when it can. */
    default Optional<String> unavailable() {
        return Optional.empty();
    }
}
