package viva.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaRoundRepository implements RoundRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(EvaluationRound round) {
        em.persist(round);
    }

    @Override
    public Optional<EvaluationRound> find(long id) {
        return Optional.ofNullable(em.find(EvaluationRound.class, id));
    }

    @Override
    public Optional<EvaluationRound> latest() {
        return em.createQuery("select r from EvaluationRound r order by r.id desc", EvaluationRound.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<EvaluationRound> findAll() {
        return em.createQuery("select r from EvaluationRound r order by r.id", EvaluationRound.class).getResultList();
    }

    @Override
    public void lockForScheduling(EvaluationRound round) {
        em.lock(round, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public long count() {
        return em.createQuery("select count(r) from EvaluationRound r", Long.class).getSingleResult();
    }
}
