package viva.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import viva.round.EvaluationRound;

@ApplicationScoped
class JpaPanelRepository implements PanelRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(Panel panel) {
        em.persist(panel);
    }

    @Override
    public Optional<Panel> find(long id) {
        return Optional.ofNullable(em.find(Panel.class, id));
    }

    @Override
    public List<Panel> findByRound(EvaluationRound round) {
        return em.createQuery("select p from Panel p where p.round = :round order by p.id", Panel.class)
                .setParameter("round", round)
                .getResultList();
    }

    @Override
    public boolean nameTaken(EvaluationRound round, String name) {
        return em.createQuery("select count(p) from Panel p where p.round = :round and p.name = :name", Long.class)
                .setParameter("round", round)
                .setParameter("name", name)
                .getSingleResult() > 0;
    }
}
