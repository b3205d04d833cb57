package viva.signaling.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import viva.signaling.room.Room;
import viva.signaling.room.Seat;
import viva.signaling.wire.Inbound;
import viva.signaling.wire.MessageTypes;
import viva.signaling.wire.Outbound;

/**
 * Browser-to-browser media: the server only passes offers, answers and ICE candidates to the one
 * participant named in {@code to}. Fits a panel of up to about ten people.
 */
@ApplicationScoped
@Typed(MeshBroker.class) // chosen by MediaBrokers, never injected as a MediaBroker directly
public class MeshBroker implements MediaBroker {

    @Inject
    IceSettings ice;

    @Override
    public String kind() {
        return "mesh";
    }

    @Override
    public JsonArray iceServers() {
        return ice.servers();
    }

    @Override
    public void entered(Room room, Seat seat) {
        // The newcomer's page offers to everyone already there; nothing to set up here.
    }

    @Override
    public void left(Room room, Seat seat) {
        // Pages close their connection to the leaver on the "left" message.
    }

    @Override
    public void signal(Room room, Seat from, Inbound message) throws MediaRefusal {
        MediaMessages.requireInRoom(from);
        String to = MediaMessages.to(message, "the participant the message is for");
        Seat target = room.find(to).filter(Seat::inRoom).filter(s -> s != from)
                .orElseThrow(() -> MediaMessages.nobody(to));
        var relayed = Outbound.typed(message.type()).add("from", from.participant().id());
        // The sharer offers its screen to each viewer on a connection of its own.
        if (MediaMessages.screen(message, room, from.participant().id())) {
            relayed.add("stream", Outbound.SCREEN);
        }
        if (MessageTypes.ICE.equals(message.type())) {
            JsonObject candidate = MediaMessages.candidate(message);
            if (!ice.relayable(candidate)) {
                return;
            }
            relayed.add("candidate", candidate);
        } else {
            relayed.add("sdp", MediaMessages.sdp(message));
        }
        target.send(new Outbound(relayed.build()));
    }
}
