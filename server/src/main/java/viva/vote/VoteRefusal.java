package viva.vote;

import jakarta.ws.rs.core.Response.Status;
import viva.system.ApiException;

/** A vote that may not be cast: not eligible (403), wrong stage or a second vote (409), no reason (400). */
public class VoteRefusal extends ApiException {

    public VoteRefusal(Status status, String code, String message) {
        super(status, code, message);
    }
}
