package viva.signaling.room;

/** The room's own close codes (docs/protocol.md); the page reconnects only after {@link #DROPPED}. */
public final class CloseCodes {

    /** A newer connection of the same participant took the seat. */
    public static final int REPLACED = 4000;
    /** Dropped (by the secretariat, or as frozen): the page reconnects with its resume token. */
    public static final int DROPPED = 4001;
    /** No answer to pings. */
    public static final int SILENT = 4002;
    /** The applicant's join link was revoked: every resume token of theirs is void too. */
    public static final int REVOKED = 4003;
    /** The secretariat removed the participant: their resume tokens are void, the page does not reconnect. */
    public static final int REMOVED = 4004;

    private CloseCodes() {
    }
}
