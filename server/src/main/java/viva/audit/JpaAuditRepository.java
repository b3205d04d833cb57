package viva.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Iterator;
import java.util.List;

@ApplicationScoped
class JpaAuditRepository implements AuditRepository {

    private static final int PAGE = 500;

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public AuditHead lockHead() {
        // The transaction's own writes go to the database first, so that the head is the last lock
        // it takes: an insert left for the commit would take its locks (a foreign key's parent row)
        // while holding the head, and wait on a writer that is waiting for the head.
        em.flush();
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
        return new PagedRows(after -> {
            List<AuditRecord> rows = em.createQuery(
                            "select e from AuditEvent e where e.seq > :after order by e.seq", AuditEvent.class)
                    .setParameter("after", after)
                    .setMaxResults(PAGE)
                    .getResultList().stream().map(AuditEvent::record).toList();
            em.clear();
            return rows;
        }, PAGE);
    }

    @Override
    public List<AuditRecord> about(String subject) {
        return em.createQuery("select e from AuditEvent e where e.subject = :subject order by e.seq", AuditEvent.class)
                .setParameter("subject", subject).getResultList().stream().map(AuditEvent::record).toList();
    }

    @Override
    public List<AuditRecord> between(long fromSeq, long toSeq) {
        return em.createQuery("select e from AuditEvent e where e.seq >= :from and e.seq <= :to order by e.seq",
                        AuditEvent.class)
                .setParameter("from", fromSeq).setParameter("to", toSeq).getResultList().stream()
                .map(AuditEvent::record).toList();
    }

    @Override
    public java.util.OptionalLong seqOf(String hash) {
        return em.createQuery("select e from AuditEvent e where e.hash = :hash", AuditEvent.class)
                .setParameter("hash", hash).getResultStream().mapToLong(e -> e.record().seq()).findFirst();
    }
}
