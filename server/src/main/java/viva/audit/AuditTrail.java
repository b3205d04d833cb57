package viva.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.system.InTransaction;

/**
 * Appends events to the hash-chained audit trail, in the caller's transaction, so that a change
 * and its event are stored together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditRepository events;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "viva.audit.key")
    Optional<String> key;

    private AuditHasher hasher;

    @PostConstruct
    void init() {
        hasher = new AuditHasher(key.orElse(null));
    }

    /** Records a change made by the signed-in caller (or the system, outside a request). */
    @InTransaction
    public AuditRecord record(String action, String subject, JsonObject payload) {
        return record(currentActor.name(), action, subject, payload);
    }

    @InTransaction
    public AuditRecord record(String actor, String action, String subject, JsonObject payload) {
        AuditHead head = events.lockHead();
        long seq = head.seq() + 1;
        // Stored and hashed at millisecond precision, so that the database gives back what was hashed.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String text = CanonicalJson.of(payload);
        String hash = hasher.hash(seq, at, actor, action, subject, text, head.hash());
        AuditRecord record = new AuditRecord(seq, at, actor, action, subject, text, head.hash(), hash);
        events.append(new AuditEvent(record));
        head.advance(seq, hash);
        return record;
    }

    /** The current head hash, as printed on result sheets. */
    @InTransaction
    public String head() {
        return events.lockHead().hash();
    }

    public ChainVerifier.Verdict verify(String olderHead) {
        return ChainVerifier.verify(events.inOrder(), hasher, olderHead);
    }

    /** Makes sure the head row exists before the first concurrent appends. */
    @InTransaction
    public void prepare() {
        events.lockHead();
    }
}
