package viva.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

public interface AuditRepository {

    /** The head row, locked until the transaction ends; created on first use. */
    AuditHead lockHead();

    void append(AuditEvent event);

    /** Every row in sequence order, read in pages so that a long trail does not fill memory. */
    Iterator<AuditRecord> inOrder();

    /** The rows about one subject, in sequence order. */
    default List<AuditRecord> about(String subject) {
        List<AuditRecord> rows = new ArrayList<>();
        inOrder().forEachRemaining(r -> {
            if (r.subject().equals(subject)) {
                rows.add(r);
            }
        });
        return rows;
    }

    /** The rows from {@code fromSeq} to {@code toSeq}, both included, in sequence order. */
    default List<AuditRecord> between(long fromSeq, long toSeq) {
        List<AuditRecord> rows = new ArrayList<>();
        inOrder().forEachRemaining(r -> {
            if (r.seq() >= fromSeq && r.seq() <= toSeq) {
                rows.add(r);
            }
        });
        return rows;
    }

    /** The sequence number of the row with this hash, if there is one. */
    default java.util.OptionalLong seqOf(String hash) {
        Iterator<AuditRecord> rows = inOrder();
        while (rows.hasNext()) {
            AuditRecord r = rows.next();
            if (r.hash().equals(hash)) {
                return java.util.OptionalLong.of(r.seq());
            }
        }
        return java.util.OptionalLong.empty();
    }
}
