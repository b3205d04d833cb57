package viva.system;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into the JSON error shape; only a real fault of Viva becomes a 5xx. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    @Provider
    public static class ApiExceptionMapper implements ExceptionMapper<ApiException> {
        @Override
        public Response toResponse(ApiException e) {
            return ErrorBody.response(e.status().getStatusCode(), e.code(), e.getMessage(), e.details());
        }
    }

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return invalid(e);
        }
    }

    @Provider
    public static class ValidationMapper implements ExceptionMapper<ValidationException> {
        @Override
        public Response toResponse(ValidationException e) {
            if (e instanceof ConstraintViolationException violations) {
                return invalid(violations);
            }
            LOG.log(Level.SEVERE, "validation setup failed", e);
            return ErrorBody.response(500, "internal_error", "The request could not be validated.");
        }
    }

    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class JsonParsingMapper implements ExceptionMapper<JsonParsingException> {
        @Override
        public Response toResponse(JsonParsingException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return ErrorBody.response(409, "concurrent_change", "The record changed meanwhile; reload and try again.");
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "request failed", e);
                return ErrorBody.response(status, "internal_error", "Viva could not complete the request.");
            }
            Throwable cause = e.getCause();
            if (status == 400 && (cause instanceof JsonbException || cause instanceof JsonParsingException)) {
                return malformed(cause);
            }
            return ErrorBody.response(status, codeFor(status), messageFor(status, e));
        }
    }

    @Provider
    public static class FallbackMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ApiException api) {
                    return new ApiExceptionMapper().toResponse(api);
                }
                if (t instanceof java.io.UnsupportedEncodingException
                        || t instanceof java.nio.charset.IllegalCharsetNameException
                        || t instanceof java.nio.charset.UnsupportedCharsetException) {
                    // A Content-Type naming a charset nobody knows, met while reading the body.
                    return ErrorBody.response(415, "unsupported_charset",
                            "The body's charset is unknown; send UTF-8.");
                }
                if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                    // Two requests raced past the same check; the database's unique key decided.
                    return ErrorBody.response(409, "duplicate", "The same record was stored meanwhile.");
                }
            }
            LOG.log(Level.SEVERE, "unexpected failure", e);
            return ErrorBody.response(500, "internal_error", "Viva could not complete the request.");
        }
    }

    static Response invalid(ConstraintViolationException e) {
        List<Map<String, String>> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(Map.of("field", field(v), "message", v.getMessage()));
        }
        violations.sort((a, b) -> a.get("field").compareTo(b.get("field")));
        String first = violations.isEmpty() ? "invalid input"
                : violations.get(0).get("field") + ": " + violations.get(0).get("message");
        return ErrorBody.response(400, "validation_failed", first, Map.of("violations", violations));
    }

    /** The property path without the resource method and parameter name that lead it. */
    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        if (parts.length == 3 && parts[1].matches("arg\\d+|request|body|.*Request")) {
            return parts[2];
        }
        if (parts.length == 2 && parts[1].matches("arg\\d+|request|body|.*Request")) {
            return "body";
        }
        return path;
    }

    private static Response malformed(Throwable e) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (detail.length() > 300) {
            detail = detail.substring(0, 300) + "…";
        }
        return ErrorBody.response(400, "malformed_json", "The body is not valid JSON of the expected shape. " + detail);
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            default -> "http_" + status;
        };
    }

    private static String messageFor(int status, WebApplicationException e) {
        return switch (status) {
            case 401 -> "Sign in first.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 415 -> "This content type is not accepted here.";
            default -> e.getMessage() == null ? "Request refused." : e.getMessage();
        };
    }
}
