package viva.vote;

import jakarta.ws.rs.core.Response.StatusType;
import viva.system.ApiException;

/** A vote that may not be cast: not eligible (403), wrong stage or a second vote (409), no reason (400),
 * an idempotency key reused for another vote (422). */
public class VoteRefusal extends ApiException {

    public VoteRefusal(StatusType status, String code, String message) {
        super(status, code, message);
    }
}
