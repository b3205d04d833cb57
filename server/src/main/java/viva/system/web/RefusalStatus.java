package viva.system.web;

import viva.system.Refusal;

/** The one place a refusal's kind becomes an HTTP status (CONTRACT's status codes). */
public final class RefusalStatus {

    private RefusalStatus() {
    }

    public static int of(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case CONTRADICTS_EARLIER -> 422;
            case THROTTLED -> 429;
        };
    }

    public static int of(Refusal refusal) {
        return of(refusal.kind());
    }
}
