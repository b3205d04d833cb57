package viva.schedule.solver;

import java.util.List;
import java.util.Set;

/** A panel of experts and the specialties it may examine. An expert may sit on several panels. */
public record PanelFact(long id, Set<String> specialtyCodes, List<MemberFact> members) {

    public PanelFact {
        specialtyCodes = Set.copyOf(specialtyCodes);
        members = List.copyOf(members);
    }
}
