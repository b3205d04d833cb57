package viva.evidence;

/**
 * Where the dossier takes a defense's incidents (disconnections and returns) from: the feature
 * that keeps them implements this. Until one does, the dossier's {@code incidents.json} is an
 * empty list.
 */
public interface DefenseIncidents {

    /** The incidents as a JSON array, as {@code GET /api/defenses/{id}/incidents} answers them. */
    String asJson(long defenseId);
}
