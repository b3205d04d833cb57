package viva.room;

import java.util.List;
import java.util.Optional;
import viva.defense.Defense;

public interface RoomAccessRepository {

    void store(JoinLink link);

    void store(RoomPass pass);

    Optional<JoinLink> joinLink(String tokenHash);

    List<JoinLink> joinLinks(Defense defense);

    Optional<RoomPass> roomPass(String tokenHash);

    /** Removes the participant's passes for the defense: no resume token of theirs works any more. */
    void removePasses(Defense defense, String participantId);

    /** Removes everything that opens the defense: links and passes. */
    void removeAll(Defense defense);
}
