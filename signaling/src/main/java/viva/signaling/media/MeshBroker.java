package viva.signaling.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import viva.signaling.room.Room;
import viva.signaling.room.Seat;
import viva.signaling.wire.Inbound;
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
        if (!from.inRoom()) {
            throw new MediaRefusal("not_in_room", "Wait until the secretariat admits you.");
        }
        String to = message.text("to");
        if (to == null) {
            throw new MediaRefusal("missing_field", "\"to\" names the participant the message is for.");
        }
        Seat target = room.find(to).filter(Seat::inRoom).filter(s -> s != from)
                .orElseThrow(() -> new MediaRefusal("not_in_room", "No participant \"" + clip(to)
                        + "\" is in the room."));
        var relayed = Outbound.typed(message.type()).add("from", from.participant().id());
        if ("ice".equals(message.type())) {
            JsonObject candidate = message.object("candidate");
            if (candidate == null) {
                throw new MediaRefusal("missing_field", "\"candidate\" is an object.");
            }
            if (!ice.relayable(candidate)) {
                return;
            }
            relayed.add("candidate", candidate);
        } else {
            String sdp = message.text("sdp");
            if (sdp == null) {
                throw new MediaRefusal("missing_field", "\"sdp\" is a string.");
            }
            relayed.add("sdp", sdp);
        }
        target.send(new Outbound(relayed.build()));
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
