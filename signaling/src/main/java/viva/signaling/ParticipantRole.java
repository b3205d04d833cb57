package viva.signaling;

/** The part a participant plays in a defense room. */
public enum ParticipantRole {
    APPLICANT,
    MEMBER,
    SECRETARY
}
