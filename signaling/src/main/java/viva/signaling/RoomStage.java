package viva.signaling;

import java.util.Set;

/**
 * Where the defense stands, as the room needs it. The application owns the stages; the room only
 * passes the name on to the pages and acts on what the stage means for it.
 *
 * @param name the stage's name, as the pages show it
 * @param recorded whether the defense is recorded in this stage (with a media server)
 * @param closed whether the defense is over: the room closes every socket
 */
public record RoomStage(String name, boolean recorded, boolean closed) {

    /** The stages in which the applicant presents and answers: the only ones a screen is shared in. */
    private static final Set<String> PRESENTING = Set.of("STATEMENT", "QUESTIONS");

    public static boolean presenting(String stageName) {
        return stageName != null && PRESENTING.contains(stageName);
    }

    public boolean presenting() {
        return presenting(name);
    }
}
