package viva.system.web;

import jakarta.json.bind.JsonbException;

/**
 * A value in a request body that is well-formed JSON but not one Viva takes (a number out of its
 * field's range, text that is not plain). A JsonbException, so that JSON-B names the property it
 * was reading when it passes the failure on; {@link BodyErrors} turns it into a 400 with this code.
 */
public class RefusedValue extends JsonbException {

    private final String code;

    public RefusedValue(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
