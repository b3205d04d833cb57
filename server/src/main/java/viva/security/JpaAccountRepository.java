package viva.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import viva.system.InTransaction;

@ApplicationScoped
class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "viva")
    EntityManager em;

    @Override
    public void store(UserAccount account) {
        em.persist(account);
    }

    /**
     * Compared as {@link UserNames} does. Names are stored as created, so accounts made before
     * names were compared this way are still found; should two such accounts differ only in case,
     * the exact spelling wins.
     */
    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return preferExact(username, em.createQuery("select u from UserAccount u where lower(u.username) = :key",
                        UserAccount.class)
                .setParameter("key", UserNames.normalize(username))
                .setMaxResults(2)
                .getResultList(), UserAccount::username);
    }

    /**
     * In a transaction of its own, so that the connection goes back to the pool at once: read
     * outside one, it stayed with the request until the request ended, and requests waiting (for
     * the vote batch, say) could hold every connection of the pool between them.
     */
    @Override
    @InTransaction
    public Optional<SignIn> signIn(String username) {
        return preferExact(username, em.createQuery(
                        "select u.username, u.passwordHash, u.role from UserAccount u where lower(u.username) = :key",
                        Object[].class)
                .setParameter("key", UserNames.normalize(username))
                .setMaxResults(2)
                .getResultList()
                .stream()
                .map(row -> new SignIn((String) row[0], (String) row[1], (String) row[2]))
                .toList(), SignIn::username);
    }

    private static <T> Optional<T> preferExact(String username, List<T> found, Function<T, String> name) {
        return found.stream().filter(t -> name.apply(t).equals(username)).findFirst()
                .or(() -> found.stream().findFirst());
    }
}
