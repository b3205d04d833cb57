package viva.security;

import viva.system.Roles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a sign-in costs must not tell whether the name exists; counted in PBKDF2 runs, not time. */
class AccountIdentityStoreTest {

    private static final Instant T0 = Instant.parse("2026-12-07T01:00:00Z");

    private final PasswordHasher hasher = new PasswordHasher();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final AccountIdentityStore store = new AccountIdentityStore();

    AccountIdentityStoreTest() {
        hasher.hash = new JdkPbkdf2PasswordHash();
        hasher.clock = Clock.fixed(T0, ZoneOffset.UTC);
        hasher.configure();
        store.accounts = accounts;
        store.hasher = hasher;
        accounts.store(new UserAccount("Zhang.Wei", hasher.hash("right-pass-2026"), Roles.MEMBER, T0));
    }

    private CredentialValidationResult signIn(String username, String password) {
        return store.validate(new UsernamePasswordCredential(username, password));
    }

    /** The PBKDF2 runs one sign-in costs. */
    private long runsOf(String username, String password, CredentialValidationResult.Status expected) {
        long before = hasher.runs();
        assertEquals(expected, signIn(username, password).getStatus(), username);
        return hasher.runs() - before;
    }

    @Test
    void aWrongPasswordCostsOneRunWhetherOrNotTheNameExists() {
        for (int i = 0; i < 3; i++) {
            assertEquals(1, runsOf("zhang.wei", "wrong-" + i, CredentialValidationResult.Status.INVALID), "known");
            assertEquals(1, runsOf("nobody-" + i, "wrong-" + i, CredentialValidationResult.Status.INVALID), "unknown");
        }
        assertEquals(1, runsOf("zhang.wei", "wrong-0", CredentialValidationResult.Status.INVALID),
                "the same wrong password again is not remembered");
        assertEquals(1, runsOf("nobody-0", "wrong-0", CredentialValidationResult.Status.INVALID));
    }

    @Test
    void onlyARightPasswordIsRemembered() {
        assertEquals(1, runsOf("zhang.wei", "right-pass-2026", CredentialValidationResult.Status.VALID));
        assertEquals(0, runsOf("zhang.wei", "right-pass-2026", CredentialValidationResult.Status.VALID));
        assertEquals(1, runsOf("zhang.wei", "right-pass-2027", CredentialValidationResult.Status.INVALID));
    }

    @Test
    void anySpellingOfTheNameSignsInAsTheAccountSpellsIt() {
        for (String typed : new String[] {"zhang.wei", " ZHANG.WEI ", "Zhang.Wei"}) {
            CredentialValidationResult result = signIn(typed, "right-pass-2026");
            assertEquals(CredentialValidationResult.Status.VALID, result.getStatus(), typed);
            assertEquals("Zhang.Wei", result.getCallerPrincipal().getName());
            assertEquals(Set.of(Roles.MEMBER), result.getCallerGroups());
        }
    }
}
