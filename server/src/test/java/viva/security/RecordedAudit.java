package viva.security;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import viva.audit.AuditRecord;
import viva.audit.AuditTrail;

/** An audit trail that only keeps what it was asked to record. */
final class RecordedAudit extends AuditTrail {

    record Event(String actor, String action, String subject, JsonObject payload) {
    }

    final List<Event> events = new ArrayList<>();

    @Override
    public AuditRecord record(String action, String subject, JsonObject payload) {
        return record("test", action, subject, payload);
    }

    @Override
    public synchronized AuditRecord record(String actor, String action, String subject, JsonObject payload) {
        events.add(new Event(actor, action, subject, payload));
        return null;
    }

    synchronized long count(String action) {
        return events.stream().filter(e -> e.action().equals(action)).count();
    }
}
