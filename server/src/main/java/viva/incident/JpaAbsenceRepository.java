package viva.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaAbsenceRepository implements AbsenceRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(Absence absence) {
        em.persist(absence);
    }

    @Override
    public List<Absence> findByDefense(long defenseId) {
        return em.createQuery("select a from Absence a where a.defenseId = :defense order by a.lostAt, a.id",
                Absence.class).setParameter("defense", defenseId).getResultList();
    }

    @Override
    public Optional<Absence> findOpen(long defenseId, String participantId) {
        return em.createQuery("select a from Absence a where a.defenseId = :defense and a.participantId = :participant"
                + " and a.returnedAt is null order by a.lostAt desc, a.id desc", Absence.class)
                .setParameter("defense", defenseId).setParameter("participant", participantId)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
