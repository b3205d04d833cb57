package viva.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.Optional;
import viva.defense.FairClock;
import viva.defense.StageClock;
import viva.incident.IncidentLog;
import viva.signaling.Participant;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomEvent;
import viva.system.InTransaction;

/**
 * What a coming or going means beyond the audit trail: the applicant's absence stops the clock
 * (FairClock), and a lost socket and the return after it are incidents.
 */
@ApplicationScoped
public class RoomIncidents {

    @Inject
    FairClock clock;

    @Inject
    IncidentLog incidents;

    @InTransaction
    void follow(@ObservesAsync RoomEvent event) {
        Participant who = event.participant();
        long defenseId = who.defenseId();
        Optional<StageClock> changed = who.role() == ParticipantRole.APPLICANT
                ? clock.followApplicant(defenseId, who.id())
                : Optional.empty();
        switch (event.kind()) {
            case LEFT -> {
                if (event.lost()) {
                    incidents.lost(defenseId, who.id(), who.role(), event.at(),
                            changed.map(StageClock::paused).orElse(false));
                }
            }
            case JOINED, WAITING -> incidents.returned(defenseId, who.id(), event.at(),
                    changed.map(c -> !c.paused()).orElse(false));
            default -> {
                // Admission ends no absence: the applicant was in the lobby, not away.
            }
        }
    }
}
