package viva.panel;

import java.util.List;
import viva.people.EligibilityChange;

/** What a correction of a panel must respect in its defenses: a port, answered where defenses are scheduled. */
public interface PanelDefenses {

    /**
     * Makes the change to the panel inside the caller's transaction, unless one of its defenses has
     * started (409 {@code defense_started}); then recomputes the eligible members of its not yet held
     * defenses and refuses (409, every conflict listed) when one of them would break a scheduling
     * rule it kept before, which rolls the change back.
     */
    List<EligibilityChange> correct(Panel panel, Runnable change);
}
