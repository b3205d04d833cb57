package viva.signaling.wire;

import java.util.Set;

/**
 * The type of every message of the room's protocol (docs/protocol.md): what the server sends to a
 * page and what it accepts from one. The builders in {@link Outbound}, the dispatcher's switch and
 * the media brokers name types only through these constants, and {@link #SENT} and
 * {@link #ACCEPTED} are checked where they are used: {@link Outbound#typed} refuses a type not in
 * SENT, and the dispatcher answers {@code unknown_type} to one not in ACCEPTED. The pages' own list
 * (js/shared/protocol.js) is tested against these two sets.
 */
public final class MessageTypes {

    // Both ways: mesh relays them, the media server answers with them.
    public static final String OFFER = "offer";
    public static final String ANSWER = "answer";
    public static final String ICE = "ice";
    public static final String STAGE = "stage";
    public static final String SHARE = "share";
    public static final String ALLOW_SHARE = "allow-share";
    public static final String QUALITY = "quality";

    // Page to server.
    public static final String PING = "ping";
    public static final String ADMIT = "admit";
    public static final String VOTE = "vote";
    public static final String LEAVE = "leave";
    public static final String MUTE = "mute";
    public static final String TO_LOBBY = "to-lobby";
    public static final String REMOVE = "remove";

    // Server to page.
    public static final String WELCOME = "welcome";
    public static final String ADMITTED = "admitted";
    public static final String JOINED = "joined";
    public static final String LEFT = "left";
    public static final String WAITING = "waiting";
    public static final String MEDIA = "media";
    public static final String PONG = "pong";
    public static final String VOTED = "voted";
    public static final String VOTE_ACCEPTED = "vote-accepted";
    public static final String ERROR = "error";
    public static final String CLOSED = "closed";
    public static final String MUTED = "muted";
    public static final String LOBBY = "lobby";
    public static final String INCIDENT = "incident";

    /** The media messages, which the media broker in use handles. */
    public static final Set<String> MEDIA_SIGNALS = Set.of(OFFER, ANSWER, ICE);

    /** Every type a page may send. */
    public static final Set<String> ACCEPTED = Set.of(OFFER, ANSWER, ICE, PING, ADMIT, STAGE, VOTE, LEAVE, MUTE,
            TO_LOBBY, REMOVE, SHARE, ALLOW_SHARE, QUALITY);

    /** Every type the server sends to a page. */
    public static final Set<String> SENT = Set.of(WELCOME, ADMITTED, JOINED, LEFT, WAITING, STAGE, OFFER, ANSWER,
            ICE, MEDIA, PONG, VOTED, VOTE_ACCEPTED, ERROR, CLOSED, MUTED, LOBBY, SHARE, ALLOW_SHARE, QUALITY,
            INCIDENT);

    private MessageTypes() {
    }
}
