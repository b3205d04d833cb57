package viva.security;

import viva.system.Roles;
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
import viva.system.Refusal;

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

    /** Every account is made here, so every password meets {@link PasswordPolicy}. */
    @InTransaction
    public UserAccount create(String username, String password, String role) {
        PasswordPolicy.require(username, password);
        if (accounts.findByUsername(username).isPresent()) {
            throw Refusal.conflict("duplicate_username", "The user name \"" + username + "\" is taken.");
        }
        UserAccount account = new UserAccount(username, hasher.hash(password), role, clock.instant());
        accounts.store(account);
        audit.record("account.created", "account:" + account.id(), Jsonp.createObjectBuilder()
                .add("username", username).add("role", role).build());
        return account;
    }

    /**
     * Gives the account a new password, which must meet {@link PasswordPolicy} like every other;
     * the caller audits the reset (never the password or its hash).
     */
    @InTransaction
    public void resetPassword(UserAccount account, String password) {
        PasswordPolicy.require(account.username(), password);
        account.changePasswordHash(hasher.hash(password));
    }

    /**
     * Creates the first secretariat account on first start, with the configured password or a
     * random one that is written to the log this once. A configured password that the policy
     * refuses is not used: the server still gets its secretariat (else nobody could sign in to
     * fix anything), with a random password, and the log says why in an error.
     */
    @InTransaction
    public void ensureSecretary() {
        if (accounts.findByUsername(SECRETARY_USERNAME).isPresent()) {
            return;
        }
        String configured = secretaryPassword.filter(p -> !p.isEmpty()).orElse(null);
        Optional<String> weakness = configured == null ? Optional.empty()
                : PasswordPolicy.weakness(SECRETARY_USERNAME, configured);
        weakness.ifPresent(rule -> LOG.severe("VIVA_SECRETARY_PASSWORD is not used: " + rule
                + ". Viva chooses a random password for \"" + SECRETARY_USERNAME + "\" instead."));
        boolean generated = configured == null || weakness.isPresent();
        String password = generated ? randomPassword() : configured;
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
