package viva.audit;

import java.util.Iterator;

public interface AuditRepository {

    /** The head row, locked until the transaction ends; created on first use. */
    AuditHead lockHead();

    void append(AuditEvent event);

    /** Every row in sequence order, read in pages so that a long trail does not fill memory. */
    Iterator<AuditRecord> inOrder();
}
