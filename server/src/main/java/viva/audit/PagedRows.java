package viva.audit;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;

/**
 * Audit rows in sequence order, fetched a page at a time after the last sequence number seen, so
 * that verifying a long trail never holds it all in memory. The server and the offline verifier
 * differ only in how a page is read.
 */
final class PagedRows implements Iterator<AuditRecord> {

    private final LongFunction<List<AuditRecord>> pageAfter;
    private final int pageSize;
    private Iterator<AuditRecord> page = List.<AuditRecord>of().iterator();
    private long after;
    private boolean exhausted;

    /** @param pageAfter reads at most {@code pageSize} rows with a sequence number above the given one */
    PagedRows(LongFunction<List<AuditRecord>> pageAfter, int pageSize) {
        this.pageAfter = pageAfter;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        if (!page.hasNext() && !exhausted) {
            List<AuditRecord> rows = pageAfter.apply(after);
            exhausted = rows.size() < pageSize;
            if (!rows.isEmpty()) {
                after = rows.get(rows.size() - 1).seq();
            }
            page = rows.iterator();
        }
        return page.hasNext();
    }

    @Override
    public AuditRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.next();
    }
}
