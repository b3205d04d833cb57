package viva.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import viva.system.DuplicateKey;
import viva.system.InTransaction;

@ApplicationScoped
class JpaRoomLeaseRepository implements RoomLeaseRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    @InTransaction
    public boolean renewOrTake(long defenseId, String node, String url, Instant now, Instant until) {
        // One conditional update: of two nodes taking an expired lease at once, the row lock lets
        // the second re-read it, renewed and no longer expired, and count 0.
        return em.createQuery("update RoomLease l set l.nodeName = :node, l.nodeUrl = :url, l.expiresAt = :until"
                        + " where l.defenseId = :defense and (l.nodeName = :node or l.expiresAt < :now)")
                .setParameter("node", node).setParameter("url", url).setParameter("until", until)
                .setParameter("defense", defenseId).setParameter("now", now).executeUpdate() == 1;
    }

    @Override
    @InTransaction
    public boolean create(RoomLease lease) {
        try {
            em.persist(lease);
            em.flush();
            return true;
        } catch (PersistenceException e) {
            if (DuplicateKey.in(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<RoomLease> find(long defenseId) {
        return Optional.ofNullable(em.find(RoomLease.class, defenseId));
    }

    @Override
    @InTransaction
    public void release(long defenseId, String node) {
        em.createQuery("delete from RoomLease l where l.defenseId = :defense and l.nodeName = :node")
                .setParameter("defense", defenseId).setParameter("node", node).executeUpdate();
    }
}
