package viva.signaling;

/**
 * Someone in a defense room as the application admitted them. {@code name} is what others may
 * see of them; {@code id} is stable across reconnects.
 */
public record Participant(String id, String name, ParticipantRole role, long defenseId) {
}
