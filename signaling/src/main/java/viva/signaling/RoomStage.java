package viva.signaling;

/**
 * Where the defense stands, as the room needs it. The application owns the stages; the room only
 * passes the name on to the pages and acts on what the stage means for it.
 *
 * @param name the stage's name, as the pages show it
 * @param recorded whether the defense is recorded in this stage (with a media server)
 * @param closed whether the defense is over: the room closes every socket
 * @param deliberation whether the panel deliberates in private: the applicant waits in the lobby
 * @param sharing whether a screen may be shared in this stage (while the applicant presents and answers)
 */
public record RoomStage(String name, boolean recorded, boolean closed, boolean deliberation, boolean sharing) {

    /** A stage with neither a private deliberation nor screen sharing. */
    public RoomStage(String name, boolean recorded, boolean closed) {
        this(name, recorded, closed, false, false);
    }

    /** A stage in which the applicant presents and answers: a screen may be shared. */
    public static RoomStage presenting(String name, boolean recorded) {
        return new RoomStage(name, recorded, false, false, true);
    }

    /** The stage in which the panel deliberates without the applicant. */
    public static RoomStage deliberating(String name, boolean recorded) {
        return new RoomStage(name, recorded, false, true, false);
    }
}
