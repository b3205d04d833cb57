package viva.testing;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import viva.defense.Presence;
import viva.defense.RoomPresence;

/** Who is in each defense's room, as the test says: members who entered, an applicant in the lobby. */
public final class TestRoom implements RoomPresence {

    private final Map<Long, Presence> rooms = new ConcurrentHashMap<>();
    private final Set<Long> applicantsInRoom = ConcurrentHashMap.newKeySet();

    /** The applicant is in the room itself (admitted and connected), or not. */
    public void applicantInRoom(long defenseId, boolean inRoom) {
        if (inRoom) {
            applicantsInRoom.add(defenseId);
        } else {
            applicantsInRoom.remove(defenseId);
        }
    }

    @Override
    public boolean applicantInRoom(long defenseId) {
        return applicantsInRoom.contains(defenseId);
    }

    public void enter(long defenseId, long... memberIds) {
        Presence now = of(defenseId);
        Set<Long> members = new HashSet<>(now.members());
        for (long id : memberIds) {
            members.add(id);
        }
        rooms.put(defenseId, new Presence(members, now.applicantWaiting()));
    }

    public void applicantWaits(long defenseId, boolean waiting) {
        rooms.put(defenseId, new Presence(of(defenseId).members(), waiting));
    }

    @Override
    public Presence of(long defenseId) {
        return rooms.getOrDefault(defenseId, Presence.NOBODY);
    }
}
