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

    /**
     * Whether a socket that closed with this code was lost rather than ended on purpose: anything
     * but a normal close (the page's leave, the close at CLOSED), a replaced socket, a revoked
     * link and a removal by the secretariat. A page closed or reloading (1001), a reset connection (1006), no answer to pings, a drop
     * by the secretariat and a socket closed for misbehaving are all losses: the participant is
     * away against their will or will come back.
     */
    public static boolean isLoss(int code) {
        return code != 1000 && code != REPLACED && code != REVOKED && code != REMOVED;
    }

    private CloseCodes() {
    }
}
