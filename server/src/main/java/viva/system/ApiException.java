package viva.system;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response.StatusType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the client can act on: an HTTP status, a stable error code and a readable message,
 * with optional details that become extra fields of the JSON error body.
 */
public class ApiException extends RuntimeException {

    /** 422, which Jakarta REST's Status does not name: a request that contradicts an earlier one. */
    public static final StatusType UNPROCESSABLE = new StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    private final StatusType status;
    private final String code;
    private final Map<String, Object> details;

    public ApiException(StatusType status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public ApiException(StatusType status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(Status.BAD_REQUEST, code, message);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(Status.NOT_FOUND, code, message);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(Status.CONFLICT, code, message);
    }

    public StatusType status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
