package viva.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
        return recordAll(List.of(new Entry(actor, action, subject, payload))).get(0);
    }

    /** One change to record, by whom. */
    public record Entry(String actor, String action, String subject, JsonObject payload) {
    }

    /** Several changes of one transaction, in order, taking the head once. */
    @InTransaction
    public List<AuditRecord> recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        AuditHead head = events.lockHead();
        List<AuditRecord> written = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            long seq = head.seq() + 1;
            // Stored and hashed at millisecond precision, so that the database gives back what was hashed.
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            String text = CanonicalJson.of(entry.payload());
            String hash = hasher.hash(seq, at, entry.actor(), entry.action(), entry.subject(), text, head.hash());
            AuditRecord record = new AuditRecord(seq, at, entry.actor(), entry.action(), entry.subject(), text,
                    head.hash(), hash);
            events.append(new AuditEvent(record));
            head.advance(seq, hash);
            written.add(record);
        }
        return written;
    }

    /** The current head hash, as printed on result sheets. */
    @InTransaction
    public String head() {
        return events.lockHead().hash();
    }

    /**
     * The stretch of the chain that holds every event about {@code subject} and reaches at least the
     * row with hash {@code through}: each row in it points at the one before, so the stretch can be
     * checked on its own, from its first row's previous hash to its last row's hash.
     */
    public List<AuditRecord> stretchAbout(String subject, String through) {
        List<AuditRecord> about = events.about(subject);
        if (about.isEmpty()) {
            return List.of();
        }
        long last = about.get(about.size() - 1).seq();
        if (through != null) {
            last = Math.max(last, events.seqOf(through).orElse(last));
        }
        return events.between(about.get(0).seq(), last);
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
