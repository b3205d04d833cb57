package viva.defense;

import java.util.Set;

/**
 * Who is in a defense's room at one moment, as its rules need it: the panel members in the room
 * and whether the applicant waits in the lobby. The live room knows; the defense only asks.
 *
 * @param members ids of the members in the room (eligible or not; the defense tells them apart)
 * @param applicantWaiting whether the applicant waits in the lobby to be admitted
 */
public record Presence(Set<Long> members, boolean applicantWaiting) {

    public static final Presence NOBODY = new Presence(Set.of(), false);

    public Presence {
        members = Set.copyOf(members);
    }
}
