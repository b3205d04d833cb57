package viva.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
class JpaStillRepository implements StillRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(Still still) {
        em.persist(still);
        em.flush();
    }

    @Override
    public List<Still> findByDefense(long defenseId) {
        return em.createQuery("select s from Still s where s.defenseId = :defense order by s.takenAt, s.id", Still.class)
                .setParameter("defense", defenseId).getResultList();
    }
}
