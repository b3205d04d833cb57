package viva.signaling.room;

import jakarta.json.JsonObject;
import viva.signaling.ParticipantRole;
import viva.signaling.media.IceSettings;
import viva.signaling.media.MediaMessages;
import viva.signaling.media.MediaRefusal;
import viva.signaling.wire.Inbound;
import viva.signaling.wire.MessageTypes;
import viva.signaling.wire.Outbound;

/**
 * The lobby's own media link, for the identity check (人证核验): the applicant waiting in the lobby
 * shows their camera to the secretary only, browser to browser whatever the room's broker is. Its
 * offers, answers and ICE candidates carry {@code "link": "identity"} and are relayed only between
 * a secretary in the room and an applicant who waits in the lobby and was never admitted: the
 * link closes at admission, and so is never open during VOTING (which needs an admitted applicant).
 */
final class IdentityLink {

    static final String NAME = "identity";

    private IdentityLink() {
    }

    static boolean carries(Inbound message) {
        return MessageTypes.MEDIA_SIGNALS.contains(message.type()) && NAME.equals(message.text("link"));
    }

    static void relay(Room room, Seat from, Inbound message, IceSettings ice) throws MediaRefusal {
        String to = MediaMessages.to(message, "the secretary or the waiting applicant");
        Seat target = room.find(to).filter(s -> s != from).orElseThrow(() -> closed());
        Seat applicant = from.participant().role() == ParticipantRole.APPLICANT ? from : target;
        Seat secretary = applicant == from ? target : from;
        if (applicant.participant().role() != ParticipantRole.APPLICANT
                || secretary.participant().role() != ParticipantRole.SECRETARY || !secretary.inRoom()
                || applicant.inRoom() || applicant.everAdmitted() || room.stage().closed()) {
            throw closed();
        }
        var relayed = Outbound.typed(message.type()).add("from", from.participant().id()).add("link", NAME);
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

    private static MediaRefusal closed() {
        return new MediaRefusal("identity_link_closed",
                "The identity link joins the secretary and the applicant waiting in the lobby, until admission.");
    }
}
