package viva.schedule.web;

import jakarta.json.bind.Jsonb;
import viva.system.web.JsonText;

/**
 * The optional body of POST /api/schedule/proposals/{id}/commit: {@code partial: true} books the
 * placed applicants of a plan that leaves some out.
 */
public record CommitRequest(Boolean partial) {

    private static final CommitRequest NONE = new CommitRequest(null);
    private static final Jsonb JSONB = JsonText.jsonb();

    /** Read by hand: a commit of a complete plan sends no body at all. */
    static CommitRequest read(String body) {
        return body == null || body.isBlank() ? NONE : JSONB.fromJson(body, CommitRequest.class);
    }

    boolean wantsPartial() {
        return Boolean.TRUE.equals(partial);
    }
}
