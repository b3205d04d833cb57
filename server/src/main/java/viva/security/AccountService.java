package viva.security;

import viva.audit.AuditTrail;
import viva.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import viva.system.InTransaction;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.system.ApiException;

@ApplicationScoped
public class AccountService {

    public static final String SECRETARY_USERNAME = "secretary";
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "viva.secretary.password")
    Optional<String> secretaryPassword;

    @InTransaction
    public UserAccount create(String username, String password, String role) {
        if (accounts.findByUsername(username).isPresent()) {
            throw ApiException.conflict("duplicate_username", "The user name \"" + username + "\" is taken.");
        }
        UserAccount account = new UserAccount(username, hasher.hash(password), role, clock.instant());
        accounts.store(account);
        audit.record("account.created", "account:" + account.id(), Jsonp.createObjectBuilder()
                .add("username", username).add("role", role).build());
        return account;
    }

    /**
     * Creates the first secretariat account on first start, with the configured password or a
     * random one that is written to the log this once.
     */
    @InTransaction
    public void ensureSecretary() {
        if (accounts.findByUsername(SECRETARY_USERNAME).isPresent()) {
            return;
        }
        String password = secretaryPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = randomPassword();
        }
        create(SECRETARY_USERNAME, password, Roles.SECRETARY);
        if (generated) {
            LOG.warning("Viva created the secretariat account \"" + SECRETARY_USERNAME + "\" with the password "
                    + password + " (shown only this once; set VIVA_SECRETARY_PASSWORD to choose it).");
        } else {
            LOG.info("Viva created the secretariat account \"" + SECRETARY_USERNAME
                    + "\" with the password from VIVA_SECRETARY_PASSWORD.");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
