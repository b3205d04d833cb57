package viva.people;

import jakarta.ws.rs.core.Response.Status;
import viva.system.ApiException;

/** An applicant whose facts contradict each other. */
public class ApplicantRuleException extends ApiException {

    public ApplicantRuleException(String code, String message) {
        super(Status.BAD_REQUEST, code, message);
    }
}
