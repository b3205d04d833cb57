package viva.testing.memory;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import viva.audit.AuditEvent;
import viva.audit.AuditHead;
import viva.audit.AuditRecord;
import viva.audit.AuditRepository;

/** The audit chain: its rows as appended, and the one head row that every append advances. */
public final class InMemoryAudit implements AuditRepository {

    private final List<AuditRecord> rows = new CopyOnWriteArrayList<>();
    private AuditHead head;

    /** Created on first use, as the table's row is; one thread at a time appends (VoteBatcher, the scenario). */
    @Override
    public synchronized AuditHead lockHead() {
        if (head == null) {
            head = new AuditHead();
        }
        return head;
    }

    @Override
    public void append(AuditEvent event) {
        AuditRecord row = event.record();
        if (rows.stream().anyMatch(r -> r.seq() == row.seq() || r.hash().equals(row.hash()))) {
            throw Unique.violated("AUDIT_EVENT (SEQ, HASH)");
        }
        rows.add(row);
    }

    @Override
    public Iterator<AuditRecord> inOrder() {
        return rows.stream().sorted(Comparator.comparingLong(AuditRecord::seq)).iterator();
    }

    /** The rows in sequence order, for a test to read. */
    public List<AuditRecord> rows() {
        return rows.stream().sorted(Comparator.comparingLong(AuditRecord::seq)).toList();
    }
}
