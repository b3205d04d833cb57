package viva.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import viva.defense.Defense;
import viva.defense.DefenseRepository;
import viva.signaling.ParticipantRole;
import viva.signaling.RoomCommand;
import viva.system.InTransaction;
import viva.system.Refusal;

/**
 * The incidents of defense rooms: every lost socket and every return after one, kept with the
 * absence's length, and told to the secretary's pages after the commit.
 */
@ApplicationScoped
public class IncidentLog {

    @Inject
    AbsenceRepository absences;

    @Inject
    DefenseRepository defenses;

    @Inject
    Event<RoomCommand> room;

    /** The participant's socket was lost. */
    @InTransaction
    public void lost(long defenseId, String participantId, ParticipantRole role, Instant at, boolean clockPaused) {
        absences.store(new Absence(defenseId, participantId, role.name(), at, clockPaused));
        room.fire(new RoomCommand.Incident(defenseId, participantId, role, Incident.Kind.DISCONNECTED.name(), at, null,
                clockPaused));
    }

    /** The participant is back in the room or the lobby; nothing when they were not away after a loss. */
    @InTransaction
    public Optional<Incident> returned(long defenseId, String participantId, Instant at, boolean clockResumed) {
        return absences.findOpen(defenseId, participantId).map(absence -> {
            absence.returned(at, clockResumed);
            Incident back = new Incident(participantId, absence.role(), Incident.Kind.RETURNED, absence.returnedAt(),
                    absence.seconds(null), absence.clockPaused());
            room.fire(new RoomCommand.Incident(defenseId, participantId, ParticipantRole.valueOf(absence.role()),
                    back.kind().name(), back.at(), back.seconds(), back.clockPaused()));
            return back;
        });
    }

    /** Every disconnection and return of the defense, in the order they happened. */
    public List<Incident> list(long defenseId) {
        Defense defense = defenses.find(defenseId)
                .orElseThrow(() -> Refusal.notFound("defense_not_found", "No defense " + defenseId + "."));
        List<Incident> incidents = new ArrayList<>();
        for (Absence absence : absences.findByDefense(defenseId)) {
            Long seconds = absence.seconds(defense.closedAt());
            incidents.add(new Incident(absence.participantId(), absence.role(), Incident.Kind.DISCONNECTED,
                    absence.lostAt(), seconds, absence.clockPaused()));
            if (absence.returnedAt() != null) {
                incidents.add(new Incident(absence.participantId(), absence.role(), Incident.Kind.RETURNED,
                        absence.returnedAt(), seconds, absence.clockPaused()));
            }
        }
        incidents.sort(Comparator.comparing(Incident::at));
        return incidents;
    }
}
