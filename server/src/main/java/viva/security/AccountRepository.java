package viva.security;

import java.util.Optional;

public interface AccountRepository {

    void store(UserAccount account);

    Optional<UserAccount> findByUsername(String username);
}
