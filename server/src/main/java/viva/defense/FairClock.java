package viva.defense;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import viva.audit.AuditTrail;
import viva.json.Jsonp;
import viva.signaling.RoomCommand;
import viva.system.InTransaction;

/**
 * Keeps a defense's clock in step with where its applicant is: the room reports a coming or going,
 * this asks the room where the applicant is now (under the defense's lock, so that reports handled
 * out of order still end in the right state), lets the defense pause or resume, and tells every
 * page after the commit.
 */
@ApplicationScoped
public class FairClock {

    @Inject
    DefenseRepository defenses;

    @Inject
    RoomPresence presence;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RoomCommand> room;

    @Inject
    Clock clock;

    /**
     * @param actor who came or went (their participant id), for the audit trail
     * @return the clock, if it paused or resumed
     */
    @InTransaction
    public Optional<StageClock> followApplicant(long defenseId, String actor) {
        Optional<Defense> found = defenses.lock(defenseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Defense defense = found.get();
        Instant now = clock.instant();
        boolean changed = presence.applicantInRoom(defenseId) ? defense.applicantBack(now) : defense.applicantAway(now);
        if (!changed) {
            return Optional.empty();
        }
        StageClock stageClock = defense.clock(now);
        var payload = Jsonp.createObjectBuilder().add("stage", defense.stage().name());
        Integer remaining = stageClock.remainingSeconds();
        if (remaining != null) {
            payload.add("remainingSeconds", remaining);
        }
        audit.record(actor, stageClock.paused() ? "defense.clock.paused" : "defense.clock.resumed",
                DefenseService.subject(defenseId), payload.build());
        room.fire(new RoomCommand.ClockChanged(defenseId, stageClock.forRoom()));
        return Optional.of(stageClock);
    }
}
