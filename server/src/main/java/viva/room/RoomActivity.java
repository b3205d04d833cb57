package viva.room;

import viva.defense.ParticipantIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import viva.json.Jsonp;
import java.util.Locale;
import viva.audit.AuditTrail;
import viva.defense.DefenseRepository;
import viva.defense.DefenseService;
import viva.signaling.RoomEvent;
import viva.system.InTransaction;

/**
 * Records what happens in the rooms: joins, waits, admissions and leaves go into the audit trail,
 * and a member who enters during voting counts as present for the vote.
 */
@ApplicationScoped
public class RoomActivity {

    @Inject
    AuditTrail audit;

    @Inject
    DefenseRepository defenses;

    @InTransaction
    void record(@ObservesAsync RoomEvent event) {
        long defenseId = event.participant().defenseId();
        if (event.kind() == RoomEvent.Kind.SENT_TO_LOBBY) {
            // Audited where it was decided: room.sent_to_lobby by the chair, defense.stage for the deliberation.
            return;
        }
        if (event.kind() == RoomEvent.Kind.JOINED) {
            ParticipantIds.parse(event.participant().id())
                    .filter(ref -> ref.kind() == ParticipantIds.Kind.MEMBER)
                    .ifPresent(ref -> defenses.find(defenseId).ifPresent(d -> d.markPresentForVoting(ref.id())));
        }
        // The audit head is locked last, as in every writing transaction.
        audit.record(event.participant().id(), "room." + event.kind().name().toLowerCase(Locale.ROOT),
                DefenseService.subject(defenseId), Jsonp.createObjectBuilder()
                        .add("role", event.participant().role().name())
                        .add("at", event.at().toString())
                        .build());
    }
}
