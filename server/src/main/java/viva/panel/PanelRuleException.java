package viva.panel;

import jakarta.ws.rs.core.Response.Status;
import viva.system.ApiException;

/** A panel whose composition breaks the rules. */
public class PanelRuleException extends ApiException {

    public PanelRuleException(String code, String message) {
        super(Status.BAD_REQUEST, code, message);
    }
}
