package viva.defense;

import jakarta.ws.rs.core.Response.Status;
import viva.system.ApiException;

/** An action the defense's current stage does not allow. */
public class DefenseStateException extends ApiException {

    public DefenseStateException(String code, String message) {
        super(Status.CONFLICT, code, message);
    }
}
