package viva.defense;

import viva.signaling.RoomStage;

/** The stages of a defense, in the only order they may be taken (any may be skipped). */
public enum DefenseStage {
    SCHEDULED,
    LOBBY,
    STATEMENT,
    QUESTIONS,
    VOTING,
    CLOSED;

    public boolean isBefore(DefenseStage other) {
        return ordinal() < other.ordinal();
    }

    /** The defense is recorded from the applicant's statement until the vote closes (appeals rest on it). */
    public boolean recorded() {
        return this == STATEMENT || this == QUESTIONS || this == VOTING;
    }

    /** The applicant presents and answers: the stages in which a screen may be shared (slides). */
    public boolean presenting() {
        return this == STATEMENT || this == QUESTIONS;
    }

    /** The stages whose clock stops while the admitted applicant is away: theirs to speak in. */
    public boolean pausesForApplicant() {
        return this == STATEMENT || this == QUESTIONS;
    }

    /** What the room needs to know of this stage. */
    public RoomStage forRoom() {
        return new RoomStage(name(), recorded(), this == CLOSED, deliberation(), presenting());
    }

    /** The panel deliberates and votes without the applicant (退出会场回避, DESIGN rule 11). */
    public boolean deliberation() {
        return this == VOTING;
    }

    /** Once the lobby opens, the defense has started: it can no longer be moved or cancelled. */
    public boolean started() {
        return this != SCHEDULED;
    }
}
