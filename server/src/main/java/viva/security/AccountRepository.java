package viva.security;

import java.util.Optional;

public interface AccountRepository {

    void store(UserAccount account);

    /** The account whose name is this one as {@link UserNames} compares them (trimmed, any case). */
    Optional<UserAccount> findByUsername(String username);

    /** What signing in checks: the account's own spelling of its name, the stored password hash and the role. */
    record SignIn(String username, String passwordHash, String role) {
    }

    default Optional<SignIn> signIn(String username) {
        return findByUsername(username).map(a -> new SignIn(a.username(), a.passwordHash(), a.role()));
    }
}
