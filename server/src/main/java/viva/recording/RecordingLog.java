package viva.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import viva.json.Jsonp;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import viva.audit.AuditTrail;
import viva.defense.DefenseService;
import viva.signaling.MediaEvent;
import viva.system.InTransaction;

/**
 * Records what the media server did with a defense: each recording's location and times with the
 * defense, and every start, stop, cut, loss and return in the audit trail.
 */
@ApplicationScoped
public class RecordingLog {

    static final String ACTOR = "media";

    @Inject
    RecordingRepository recordings;

    @Inject
    AuditTrail audit;

    @InTransaction
    void record(@ObservesAsync MediaEvent event) {
        JsonObjectBuilder payload = Jsonp.createObjectBuilder().add("at", event.at().toString());
        switch (event.kind()) {
            case RECORDING_STARTED -> {
                if (recordings.findByLocation(event.location()).isEmpty()) {
                    recordings.store(new Recording(event.defenseId(), event.location(), event.at()));
                }
                payload.add("location", event.location());
            }
            case RECORDING_STOPPED, RECORDING_CUT -> {
                Recording.State how = event.kind() == MediaEvent.Kind.RECORDING_STOPPED ? Recording.State.COMPLETE
                        : Recording.State.CUT;
                recordings.findByLocation(event.location()).ifPresent(r -> r.end(how, event.at()));
                payload.add("location", event.location());
            }
            default -> {
                // The media server's loss and return concern the room; only the audit trail keeps them.
            }
        }
        // The audit head is locked last, as in every writing transaction.
        audit.record(ACTOR, action(event.kind()), DefenseService.subject(event.defenseId()), payload.build());
    }

    static String action(MediaEvent.Kind kind) {
        return switch (kind) {
            case RECORDING_STARTED -> "recording.started";
            case RECORDING_STOPPED -> "recording.stopped";
            case RECORDING_CUT -> "recording.cut";
            default -> "media." + kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
