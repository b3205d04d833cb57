package viva.security;

import viva.system.Roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import viva.system.Refusal;

class AccountServiceTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final PasswordHasher hasher = new PasswordHasher();
    private final AccountService service = new AccountService();

    AccountServiceTest() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);
        hasher.hash = new JdkPbkdf2PasswordHash();
        hasher.clock = clock;
        hasher.configure();
        service.accounts = accounts;
        service.hasher = hasher;
        service.clock = clock;
        service.audit = new RecordedAudit();
        service.secretaryPassword = Optional.empty();
    }

    @Test
    void userNamesThatDifferOnlyInCaseAreOneName() {
        service.create("secretary", "it-Secretary-Pass-1", Roles.SECRETARY);
        for (String twin : new String[] {"Secretary", "SECRETARY", " secretary"}) {
            Refusal refused = assertThrows(Refusal.class,
                    () -> service.create(twin, "another-pass-2026", Roles.MEMBER));
            assertEquals(Refusal.Kind.CONFLICT, refused.kind());
            assertEquals("duplicate_username", refused.code());
        }
        assertEquals(1, accounts.stored.size());
    }

    @Test
    void aWeakPasswordMakesNoAccount() {
        Refusal refused = assertThrows(Refusal.class,
                () -> service.create("expert99", "Expert99", Roles.MEMBER));
        assertEquals("weak_password", refused.code());
        assertTrue(accounts.stored.isEmpty());
    }

    @Test
    void aWeakConfiguredSecretaryPasswordIsReplacedByARandomOneAndTheLogSaysSo() {
        service.secretaryPassword = Optional.of("12345678");
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(AccountService.class.getName());
        log.addHandler(capture);
        try {
            service.ensureSecretary();
        } finally {
            log.removeHandler(capture);
        }
        UserAccount secretary = accounts.findByUsername("secretary").orElseThrow();
        assertFalse(hasher.verify("secretary", "12345678", secretary.passwordHash()), "the weak one is not used");
        assertTrue(logged.stream().anyMatch(r -> r.getLevel() == Level.SEVERE
                && r.getMessage().contains("VIVA_SECRETARY_PASSWORD is not used")), "an error says why");
        String announced = logged.stream().map(LogRecord::getMessage)
                .filter(m -> m.startsWith("Viva created the secretariat account \"secretary\" with the password "))
                .findFirst().orElseThrow();
        String password = announced.split(" with the password ")[1].split(" ")[0];
        assertTrue(hasher.verify("secretary", password, secretary.passwordHash()), "the random one is announced");
    }

    @Test
    void aGoodConfiguredSecretaryPasswordIsUsed() {
        service.secretaryPassword = Optional.of("it-Secretary-Pass-1");
        service.ensureSecretary();
        UserAccount secretary = accounts.findByUsername("SECRETARY").orElseThrow();
        assertTrue(hasher.verify("secretary", "it-Secretary-Pass-1", secretary.passwordHash()));
    }
}
