package viva.security;

import java.util.Optional;

public interface AccountRepository {

    void store(UserAccount account);

    Optional<UserAccount> findByUsername(String username);

    /** What signing in checks: the stored password hash and the role, without loading the account. */
    record SignIn(String passwordHash, String role) {
    }

    default Optional<SignIn> signIn(String username) {
        return findByUsername(username).map(a -> new SignIn(a.passwordHash(), a.role()));
    }
}
