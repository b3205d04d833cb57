package viva.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import viva.defense.Defense;

@ApplicationScoped
class JpaVoteRepository implements VoteRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(Vote vote) {
        em.persist(vote);
        // The unique key decides a race between two votes of one member here, inside the caller.
        em.flush();
    }

    @Override
    public Optional<Vote> find(Defense defense, long memberId) {
        return em.createQuery("select v from Vote v where v.defense = :defense and v.memberId = :member", Vote.class)
                .setParameter("defense", defense).setParameter("member", memberId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Vote> findByDefense(Defense defense) {
        return em.createQuery("select v from Vote v where v.defense = :defense order by v.castAt", Vote.class)
                .setParameter("defense", defense).getResultList();
    }
}
