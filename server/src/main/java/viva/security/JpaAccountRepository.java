package viva.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import viva.system.InTransaction;

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

    /**
     * In a transaction of its own, so that the connection goes back to the pool at once: read
     * outside one, it stayed with the request until the request ended, and requests waiting (for
     * the vote batch, say) could hold every connection of the pool between them.
     */
    @Override
    @InTransaction
    public Optional<SignIn> signIn(String username) {
        return em.createQuery("select u.passwordHash, u.role from UserAccount u where u.username = :username",
                        Object[].class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(row -> new SignIn((String) row[0], (String) row[1]));
    }
}
