package viva.signaling.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomControl;
import viva.signaling.RoomRefusal;
import viva.signaling.media.IceSettings;
import viva.signaling.media.MediaBroker;
import viva.signaling.media.MediaRefusal;
import viva.signaling.wire.Inbound;
import viva.signaling.wire.MessageTypes;
import viva.signaling.wire.Outbound;

/** Acts on one message from a page, answering a refusal with an error message. */
@ApplicationScoped
public class RoomDispatcher {

    @Inject
    MediaBroker media;

    @Inject
    RoomControl control;

    @Inject
    ShareControl shares;

    @Inject
    QualityReports qualities;

    @Inject
    Clock clock;

    @Inject
    IceSettings ice;

    public void dispatch(Room room, Seat from, Inbound message) {
        if (!message.readable()) {
            from.send(Outbound.error(message.errorCode(), message.errorMessage()));
            return;
        }
        if (!MessageTypes.ACCEPTED.contains(message.type())) {
            from.send(unknownType(message));
            return;
        }
        try {
            if (IdentityLink.carries(message)) {
                IdentityLink.relay(room, from, message, ice);
                return;
            }
            if (MessageTypes.MEDIA_SIGNALS.contains(message.type())) {
                media.signal(room, from, message);
                return;
            }
            switch (message.type()) {
                case MessageTypes.PING -> from.send(Outbound.pong(clock.instant()));
                case MessageTypes.LEAVE -> from.close(1000, "left");
                case MessageTypes.ADMIT -> {
                    requireSecretary(from);
                    control.admit(from.participant(), required(message, "participantId"));
                }
                case MessageTypes.STAGE -> {
                    requireSecretary(from);
                    control.changeStage(from.participant(), required(message, "stage"));
                }
                case MessageTypes.MUTE -> {
                    requireSecretary(from);
                    control.mute(from.participant(), required(message, "participantId"));
                }
                case MessageTypes.TO_LOBBY -> {
                    requireSecretary(from);
                    control.sendToLobby(from.participant(), required(message, "participantId"));
                }
                case MessageTypes.REMOVE -> {
                    requireSecretary(from);
                    control.remove(from.participant(), required(message, "participantId"));
                }
                case MessageTypes.VOTE -> {
                    control.vote(from.participant(), required(message, "decision"), message.text("reason"),
                            message.text("key"));
                    from.send(new Outbound(Outbound.typed(MessageTypes.VOTE_ACCEPTED).build()));
                }
                case MessageTypes.SHARE -> shares.share(room, from, flag(message, "active"));
                case MessageTypes.ALLOW_SHARE -> shares.allow(room, from, flag(message, "members"));
                case MessageTypes.QUALITY -> qualities.report(room, from, message.object("of"));
                default -> from.send(unknownType(message));
            }
        } catch (MediaRefusal e) {
            from.send(Outbound.error(e.code(), e.getMessage()));
        } catch (RoomRefusal e) {
            from.send(Outbound.error(e.code(), e.getMessage()));
        }
    }

    private static Outbound unknownType(Inbound message) {
        return Outbound.error("unknown_type", "No message type \"" + clip(message.type()) + "\".");
    }

    /** Only the secretariat runs the defense; the check is here so that no control skips it. */
    static void requireSecretary(Seat from) throws RoomRefusal {
        if (from.participant().role() != ParticipantRole.SECRETARY) {
            throw new RoomRefusal("forbidden", "Only the secretariat may do this.");
        }
    }

    private static String required(Inbound message, String field) throws RoomRefusal {
        String value = message.text(field);
        if (value == null || value.isBlank()) {
            throw new RoomRefusal("missing_field", "\"" + field + "\" is a string.");
        }
        return value;
    }

    private static boolean flag(Inbound message, String field) throws RoomRefusal {
        Boolean value = message.flag(field);
        if (value == null) {
            throw new RoomRefusal("missing_field", "\"" + field + "\" is true or false.");
        }
        return value;
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
