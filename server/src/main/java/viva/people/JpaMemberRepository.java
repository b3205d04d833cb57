package viva.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaMemberRepository implements MemberRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(Member member) {
        em.persist(member);
    }

    @Override
    public Optional<Member> find(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    @Override
    public Optional<Member> findByUsername(String username) {
        return em.createQuery("select m from Member m where m.account.username = :username", Member.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Long> idByUsername(String username) {
        return em.createQuery("select m.id from Member m where m.account.username = :username", Long.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Member> findAll() {
        return em.createQuery("select m from Member m order by m.id", Member.class).getResultList();
    }
}
