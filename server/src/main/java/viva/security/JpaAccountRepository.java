package viva.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(UserAccount account) {
        em.persist(account);
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<SignIn> signIn(String username) {
        return em.createQuery("select u.passwordHash, u.role from UserAccount u where u.username = :username",
                        Object[].class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(row -> new SignIn((String) row[0], (String) row[1]));
    }
}
