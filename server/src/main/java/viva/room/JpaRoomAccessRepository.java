package viva.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import viva.defense.Defense;

@ApplicationScoped
class JpaRoomAccessRepository implements RoomAccessRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(JoinLink link) {
        em.persist(link);
    }

    @Override
    public void store(RoomPass pass) {
        em.persist(pass);
    }

    @Override
    public Optional<JoinLink> joinLink(String tokenHash) {
        return em.createQuery("select l from JoinLink l where l.tokenHash = :hash", JoinLink.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<JoinLink> joinLinks(Defense defense) {
        return em.createQuery("select l from JoinLink l where l.defense = :defense", JoinLink.class)
                .setParameter("defense", defense).getResultList();
    }

    @Override
    public Optional<RoomPass> roomPass(String tokenHash) {
        return em.createQuery("select p from RoomPass p where p.tokenHash = :hash", RoomPass.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public void removePasses(Defense defense, String participantId) {
        em.createQuery("delete from RoomPass p where p.defense = :defense and p.participantId = :participant")
                .setParameter("defense", defense).setParameter("participant", participantId).executeUpdate();
    }

    @Override
    public void removeAll(Defense defense) {
        em.createQuery("delete from JoinLink l where l.defense = :defense").setParameter("defense", defense)
                .executeUpdate();
        em.createQuery("delete from RoomPass p where p.defense = :defense").setParameter("defense", defense)
                .executeUpdate();
    }
}
