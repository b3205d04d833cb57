package viva.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/**
 * Checks names and passwords against Viva's own accounts; the account's role is its one group,
 * and the caller is named as the account spells itself, whatever case was typed.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        String password = login.getPasswordAsString();
        if (username == null || username.isEmpty() || username.length() > 64 || password == null
                || password.length() > 256) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        // Checked on every request that signs in with HTTP Basic, so only the three columns are read.
        Optional<AccountRepository.SignIn> account = accounts.signIn(username);
        if (account.isEmpty()) {
            // As much work as for a wrong password of a real account, so that timing tells no names.
            hasher.verifyNoAccount(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hasher.verify(account.get().username(), password, account.get().passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().username(), Set.of(account.get().role()));
    }
}
