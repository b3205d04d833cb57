package viva.room;

import jakarta.validation.constraints.Size;

/** The optional body of POST /api/defenses/{id}/ticket for callers who are not signed in. */
public record TicketRequest(@Size(max = 128) String joinToken, @Size(max = 128) String resumeToken) {
}
