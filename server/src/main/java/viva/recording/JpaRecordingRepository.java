package viva.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaRecordingRepository implements RecordingRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(Recording recording) {
        em.persist(recording);
    }

    @Override
    public Optional<Recording> find(long id) {
        return Optional.ofNullable(em.find(Recording.class, id));
    }

    @Override
    public Optional<Recording> findByLocation(String location) {
        return em.createQuery("select r from Recording r where r.location = :location", Recording.class)
                .setParameter("location", location).getResultStream().findFirst();
    }

    @Override
    public List<Recording> findByDefense(long defenseId) {
        return em.createQuery("select r from Recording r where r.defenseId = :defense order by r.startedAt, r.id",
                Recording.class).setParameter("defense", defenseId).getResultList();
    }
}
