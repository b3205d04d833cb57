package viva.defense;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import viva.people.Applicant;
import viva.people.Member;
import viva.round.EvaluationRound;

@ApplicationScoped
class JpaDefenseRepository implements DefenseRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(Defense defense) {
        em.persist(defense);
    }

    @Override
    public void remove(Defense defense) {
        em.remove(defense);
    }

    @Override
    public Optional<Defense> find(long id) {
        return Optional.ofNullable(em.find(Defense.class, id));
    }

    @Override
    public Optional<Defense> lock(long id) {
        return Optional.ofNullable(em.find(Defense.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Defense> findByApplicant(Applicant applicant) {
        return em.createQuery("select d from Defense d where d.applicant = :applicant order by d.id", Defense.class)
                .setParameter("applicant", applicant)
                .getResultList();
    }

    @Override
    public List<Defense> findByRound(EvaluationRound round) {
        return em.createQuery("select d from Defense d where d.round = :round order by d.start, d.id", Defense.class)
                .setParameter("round", round)
                .getResultList();
    }

    @Override
    public List<Defense> findByMember(Member member) {
        return em.createQuery("select d from Defense d where :member member of d.panel.members order by d.start, d.id",
                Defense.class)
                .setParameter("member", member)
                .getResultList();
    }

    @Override
    public List<Defense> findBetween(Instant from, Instant to) {
        return em.createQuery("select d from Defense d where d.start < :to and d.end > :from", Defense.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public int nextNumber(EvaluationRound round) {
        Integer max = em.createQuery("select max(d.number) from Defense d where d.round = :round", Integer.class)
                .setParameter("round", round)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
