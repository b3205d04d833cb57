package viva.round;

import jakarta.ws.rs.core.Response.Status;
import viva.system.ApiException;

/** A round whose parts do not fit together (an invalid plan, not a conflict with stored data). */
public class RoundRuleException extends ApiException {

    public RoundRuleException(String code, String message) {
        super(Status.BAD_REQUEST, code, message);
    }
}
