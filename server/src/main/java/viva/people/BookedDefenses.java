package viva.people;

import java.util.List;

/**
 * What a correction of a person must respect in the defenses booked for them: a port, answered
 * where defenses are scheduled (viva.schedule), so that the rules are scheduling's own.
 */
public interface BookedDefenses {

    /**
     * Makes the change to the applicant inside the caller's transaction, unless a defense of theirs
     * has started (409 {@code defense_started}); then recomputes the eligible members of their not
     * yet held defenses and refuses (409, every conflict listed) when one of them would break a
     * scheduling rule it kept before. A refusal rolls the transaction, and so the change, back.
     */
    List<EligibilityChange> correct(Applicant applicant, Runnable change);

    /** The same for an expert and the defenses of every panel they sit on, in rounds not yet published. */
    List<EligibilityChange> correct(Member member, Runnable change);
}
