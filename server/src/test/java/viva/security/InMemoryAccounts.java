package viva.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Accounts in a list, compared the way the database query compares them. */
final class InMemoryAccounts implements AccountRepository {

    final List<UserAccount> stored = new ArrayList<>();

    @Override
    public void store(UserAccount account) {
        stored.add(account);
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return stored.stream().filter(a -> UserNames.same(a.username(), username)).findFirst();
    }
}
