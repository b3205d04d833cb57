package viva.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import viva.system.InTransaction;

@ApplicationScoped
class JpaSignInStreaks implements SignInStreaks {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public Optional<SignInStreak> find(String key) {
        return Optional.ofNullable(em.find(SignInStreak.class, key));
    }

    @Override
    @InTransaction
    public <T> T update(String key, Instant now, Predicate<SignInStreak> fresh, Function<SignInStreak, T> change) {
        SignInStreak streak = em.find(SignInStreak.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (streak != null && fresh.test(streak)) {
            em.remove(streak);
            em.flush();
            streak = null;
        }
        if (streak == null) {
            streak = new SignInStreak(key, now);
            em.persist(streak);
            // Now, not at the commit: a row another node made meanwhile refuses it here, and the
            // throttle counts again on that row.
            em.flush();
        }
        return change.apply(streak);
    }

    @Override
    @InTransaction
    public void remove(String key) {
        em.createQuery("delete from SignInStreak s where s.key = :key").setParameter("key", key).executeUpdate();
    }

    @Override
    public int size() {
        return em.createQuery("select count(s) from SignInStreak s", Long.class).getSingleResult().intValue();
    }

    @Override
    @InTransaction
    public void forgetEndedBefore(Instant before) {
        em.createQuery("delete from SignInStreak s where s.lastFailure <= :before"
                + " and (s.waitUntil is null or s.waitUntil <= :before)").setParameter("before", before).executeUpdate();
    }

    @Override
    @InTransaction
    public void forgetNotWaiting(Instant now) {
        em.createQuery("delete from SignInStreak s where s.waitUntil is null or s.waitUntil <= :now")
                .setParameter("now", now).executeUpdate();
    }

    @Override
    @InTransaction
    public void clear() {
        em.createQuery("delete from SignInStreak s").executeUpdate();
    }
}
