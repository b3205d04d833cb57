package viva.room.web;

import jakarta.json.bind.Jsonb;
import jakarta.validation.constraints.Size;
import viva.system.Refusal;
import viva.system.web.JsonText;

/**
 * The optional body of POST /api/defenses/{id}/ticket (and of the applicant's outcome) for callers
 * who are not signed in: their join or resume token.
 */
public record TicketRequest(@Size(max = 128) String joinToken, @Size(max = 128) String resumeToken) {

    private static final TicketRequest NONE = new TicketRequest(null, null);
    private static final Jsonb JSONB = JsonText.jsonb();

    /** The body as sent, read by hand: a signed-in caller may send none at all. */
    public static TicketRequest read(String body) {
        return body == null || body.isBlank() ? NONE : JSONB.fromJson(body, TicketRequest.class);
    }

    public boolean bringsToken() {
        return joinToken != null || resumeToken != null;
    }

    /** No sign-in and no token: 401 like the rest of /api, before anything about the defense is told. */
    public static Refusal noCredential() {
        return Refusal.unauthenticated("unauthenticated", "Sign in, or bring a join link or resume token.");
    }
}
