package viva.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import viva.round.EvaluationRound;

@ApplicationScoped
class JpaApplicantRepository implements ApplicantRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(Applicant applicant) {
        em.persist(applicant);
    }

    @Override
    public Optional<Applicant> find(long id) {
        return Optional.ofNullable(em.find(Applicant.class, id));
    }

    @Override
    public List<Applicant> findByRound(EvaluationRound round) {
        return em.createQuery("select a from Applicant a where a.round = :round order by a.id", Applicant.class)
                .setParameter("round", round)
                .getResultList();
    }

    @Override
    public boolean existsInRound(EvaluationRound round, String idNumber) {
        return em.createQuery("select count(a) from Applicant a where a.round = :round and a.idNumber = :id",
                        Long.class)
                .setParameter("round", round)
                .setParameter("id", idNumber)
                .getSingleResult() > 0;
    }
}
