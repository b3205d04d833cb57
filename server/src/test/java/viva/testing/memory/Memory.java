package viva.testing.memory;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A database in memory: one repository of each kind the defense's services use, sharing one id
 * sequence (so that an applicant's id is never also a member's). There are no transactions: a
 * refusal stores nothing only because the services check before they store.
 */
public final class Memory {

    private final AtomicLong ids = new AtomicLong();
    private final InMemoryRounds rounds = new InMemoryRounds(ids::incrementAndGet);
    private final InMemorySpecialties specialties = new InMemorySpecialties();
    private final InMemoryMembers members = new InMemoryMembers(ids::incrementAndGet);
    private final InMemoryApplicants applicants = new InMemoryApplicants(ids::incrementAndGet);
    private final InMemoryPanels panels = new InMemoryPanels(ids::incrementAndGet);
    private final InMemoryDefenses defenses = new InMemoryDefenses(ids::incrementAndGet);
    private final InMemoryVotes votes = new InMemoryVotes(ids::incrementAndGet);
    private final InMemoryRoomAccess roomAccess = new InMemoryRoomAccess(ids::incrementAndGet);
    private final InMemoryAudit audit = new InMemoryAudit();

    /** Every repository, to hand to an assembly. */
    public List<Object> repositories() {
        return List.of(rounds, specialties, members, applicants, panels, defenses, votes, roomAccess, audit);
    }

    public InMemoryRounds rounds() {
        return rounds;
    }

    public InMemorySpecialties specialties() {
        return specialties;
    }

    public InMemoryMembers members() {
        return members;
    }

    public InMemoryApplicants applicants() {
        return applicants;
    }

    public InMemoryPanels panels() {
        return panels;
    }

    public InMemoryDefenses defenses() {
        return defenses;
    }

    public InMemoryVotes votes() {
        return votes;
    }

    public InMemoryRoomAccess roomAccess() {
        return roomAccess;
    }

    public InMemoryAudit audit() {
        return audit;
    }
}
