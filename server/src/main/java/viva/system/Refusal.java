package viva.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why Viva will not do what was asked: a kind (what sort of refusal), a stable code the caller can
 * act on, a readable message, and details that travel with it. It says nothing of HTTP: the web
 * layer maps each kind to a status, once (viva.system.web.RefusalStatus).
 */
public class Refusal extends RuntimeException {

    /** What sort of refusal this is, whoever asked (a page, a script, the room's socket). */
    public enum Kind {
        /** The request itself is malformed or breaks a rule of its own values. */
        INVALID,
        /** Nobody is signed in, or the credentials are wrong. */
        UNAUTHENTICATED,
        /** The caller is known but may not do this (or their token is not good). */
        FORBIDDEN,
        NOT_FOUND,
        /** It clashes with what is stored now: a rule, a duplicate, the wrong stage. */
        CONFLICT,
        /** It repeats an earlier request's key with something else. */
        CONTRADICTS_EARLIER,
        TOO_LARGE,
        /** Too many attempts: try again later (details may say when). */
        THROTTLED
    }

    private final Kind kind;
    private final String code;
    private final Map<String, Object> details;

    public Refusal(Kind kind, String code, String message) {
        this(kind, code, message, Map.of());
    }

    public Refusal(Kind kind, String code, String message, Map<String, Object> details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static Refusal invalid(String code, String message) {
        return new Refusal(Kind.INVALID, code, message);
    }

    public static Refusal notFound(String code, String message) {
        return new Refusal(Kind.NOT_FOUND, code, message);
    }

    public static Refusal conflict(String code, String message) {
        return new Refusal(Kind.CONFLICT, code, message);
    }

    public static Refusal forbidden(String code, String message) {
        return new Refusal(Kind.FORBIDDEN, code, message);
    }

    public static Refusal unauthenticated(String code, String message) {
        return new Refusal(Kind.UNAUTHENTICATED, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
