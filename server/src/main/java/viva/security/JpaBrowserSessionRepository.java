package viva.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class JpaBrowserSessionRepository implements BrowserSessionRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(BrowserSession session) {
        em.persist(session);
    }

    @Override
    public Optional<BrowserSession> find(String tokenHash) {
        return Optional.ofNullable(em.find(BrowserSession.class, tokenHash));
    }

    @Override
    public void remove(String tokenHash) {
        em.createQuery("delete from BrowserSession s where s.tokenHash = :hash").setParameter("hash", tokenHash)
                .executeUpdate();
    }

    @Override
    public void removeIdleSince(Instant before) {
        em.createQuery("delete from BrowserSession s where s.lastSeenAt < :before").setParameter("before", before)
                .executeUpdate();
    }
}
