package viva.signaling;

/**
 * Where the defense stands, as the room needs it. The application owns the stages; the room only
 * passes the name on to the pages and acts on what the stage means for it.
 *
 * @param name the stage's name, as the pages show it
 * @param recorded whether the defense is recorded in this stage (with a media server)
 * @param closed whether the defense is over: the room closes every socket
 * @param sharing whether a screen may be shared in this stage (while the applicant presents and answers)
 */
public record RoomStage(String name, boolean recorded, boolean closed, boolean sharing) {

    /** A stage in which no screen is shared. */
    public RoomStage(String name, boolean recorded, boolean closed) {
        this(name, recorded, closed, false);
    }
}
