package viva.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    private static final int PAGE = 500;

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public AuditHead lockHead() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            head = new AuditHead();
            em.persist(head);
            em.flush();
            em.lock(head, LockModeType.PESSIMISTIC_WRITE);
        }
        return head;
    }

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public Iterator<AuditRecord> inOrder() {
        return new Iterator<>() {
            private long after;
            private Iterator<AuditRecord> page = List.<AuditRecord>of().iterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !exhausted) {
                    List<AuditRecord> rows = em.createQuery(
                                    "select e from AuditEvent e where e.seq > :after order by e.seq", AuditEvent.class)
                            .setParameter("after", after)
                            .setMaxResults(PAGE)
                            .getResultList().stream().map(AuditEvent::record).toList();
                    exhausted = rows.size() < PAGE;
                    if (!rows.isEmpty()) {
                        after = rows.get(rows.size() - 1).seq();
                    }
                    page = rows.iterator();
                    em.clear();
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
        };
    }
}
