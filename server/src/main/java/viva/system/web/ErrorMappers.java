package viva.system.web;

import viva.system.DuplicateKey;
import viva.system.Refusal;
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
    public static class ApiExceptionMapper implements ExceptionMapper<Refusal> {
        @Override
        public Response toResponse(Refusal e) {
            return ErrorBody.response(RefusalStatus.of(e), e.code(), e.getMessage(), e.details());
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
            return BodyErrors.answer(e);
        }
    }

    @Provider
    public static class JsonParsingMapper implements ExceptionMapper<JsonParsingException> {
        @Override
        public Response toResponse(JsonParsingException e) {
            return BodyErrors.answer(e);
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return BodyErrors.answer(e);
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
            if (status == 400 && BodyErrors.concerns(e)) {
                return BodyErrors.answer(e);
            }
            // The container's own message names classes and echoes input (e.g. "RESTEASY003870:
            // Unable to extract parameter ... jakarta.ws.rs.QueryParam"): only fixed texts go out.
            return ErrorBody.response(status, ErrorBody.codeFor(status), ErrorBody.messageFor(status));
        }
    }

    @Provider
    public static class FallbackMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof Refusal api) {
                    return new ApiExceptionMapper().toResponse(api);
                }
                if (t instanceof JsonbException || t instanceof JsonParsingException) {
                    return BodyErrors.answer(e);
                }
                if (t instanceof java.io.UnsupportedEncodingException
                        || t instanceof java.nio.charset.IllegalCharsetNameException
                        || t instanceof java.nio.charset.UnsupportedCharsetException) {
                    // A Content-Type naming a charset nobody knows, met while reading the body.
                    return ErrorBody.response(415, "unsupported_charset",
                            "The body's charset is unknown; send UTF-8.");
                }
                if (t instanceof java.sql.SQLException && DuplicateKey.in(t)) {
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
}
