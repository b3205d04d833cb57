package viva.defense;

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

    /** Once the lobby opens, the defense has started: it can no longer be moved or cancelled. */
    public boolean started() {
        return this != SCHEDULED;
    }
}
