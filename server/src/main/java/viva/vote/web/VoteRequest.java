package viva.vote.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/defenses/{id}/votes. */
public record VoteRequest(@NotBlank @Size(max = 8) String decision, @Size(max = 2000) String reason) {
}
