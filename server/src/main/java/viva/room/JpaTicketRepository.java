package viva.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaTicketRepository implements TicketRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(RoomTicket ticket) {
        em.persist(ticket);
    }

    @Override
    public List<Instant> openExpiries(long defenseId, String participantId, Instant now) {
        return em.createQuery("select t.expiresAt from RoomTicket t where t.defenseId = :defense"
                        + " and t.participantId = :participant and t.expiresAt >= :now order by t.expiresAt", Instant.class)
                .setParameter("defense", defenseId).setParameter("participant", participantId)
                .setParameter("now", now).getResultList();
    }

    @Override
    public Optional<RoomTicket> take(String tokenHash) {
        RoomTicket ticket = em.find(RoomTicket.class, tokenHash, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null) {
            return Optional.empty();
        }
        // The delete's count decides, not the read: a row another node deleted meanwhile counts 0.
        int deleted = em.createQuery("delete from RoomTicket t where t.tokenHash = :hash")
                .setParameter("hash", tokenHash).executeUpdate();
        em.detach(ticket);
        return deleted == 1 ? Optional.of(ticket) : Optional.empty();
    }

    @Override
    public void withdraw(long defenseId, String participantId) {
        em.createQuery("delete from RoomTicket t where t.defenseId = :defense and t.participantId = :participant")
                .setParameter("defense", defenseId).setParameter("participant", participantId).executeUpdate();
    }

    @Override
    public void forgetExpired(Instant now) {
        em.createQuery("delete from RoomTicket t where t.expiresAt < :now").setParameter("now", now).executeUpdate();
    }
}
