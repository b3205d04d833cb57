package viva.incident;

import java.util.List;
import java.util.Optional;

public interface AbsenceRepository {

    void store(Absence absence);

    /** A defense's absences, earliest first. */
    List<Absence> findByDefense(long defenseId);

    /** The participant's absence that has not ended yet, the latest if several. */
    Optional<Absence> findOpen(long defenseId, String participantId);
}
