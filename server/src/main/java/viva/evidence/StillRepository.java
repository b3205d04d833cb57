package viva.evidence;

import java.util.List;

public interface StillRepository {

    void store(Still still);

    /** The defense's stills, oldest first. */
    List<Still> findByDefense(long defenseId);
}
