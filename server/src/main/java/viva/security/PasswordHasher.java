package viva.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import viva.system.Tokens;

/**
 * Jakarta Security's PBKDF2 hash with Viva's parameters. Scripts send HTTP Basic on every request,
 * and a full PBKDF2 run per request would cost most of a core; a successful check is therefore
 * remembered for a few minutes under a digest of the name, password and stored hash, so a
 * password change invalidates it at once and no clear password is kept. A wrong password is never
 * remembered: each costs one full run, for names that exist and, against a stand-in hash made
 * once with the same parameters, for names that do not, so that the time taken tells no names.
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "120000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");
    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Clock clock;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final AtomicLong runs = new AtomicLong();
    private volatile String standIn;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String username, String password, String storedHash) {
        String key = digest(username, password, storedHash);
        Instant now = clock.instant();
        Instant until = verified.get(key);
        if (until != null && until.isAfter(now)) {
            return true;
        }
        boolean valid = run(password, storedHash);
        if (valid) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.values().removeIf(expiry -> !expiry.isAfter(now));
                if (verified.size() >= MAX_REMEMBERED) {
                    verified.clear();
                }
            }
            verified.put(key, now.plus(REMEMBER));
        }
        return valid;
    }

    /** Does the work of checking a password for an account that does not exist; always false. */
    public boolean verifyNoAccount(String password) {
        run(password, standIn());
        return false;
    }

    /** How many full PBKDF2 checks were run: what a sign-in costs, counted for the tests. */
    long runs() {
        return runs.get();
    }

    private boolean run(String password, String storedHash) {
        runs.incrementAndGet();
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Made on first need rather than at start-up, which has enough to do; of a password nobody knows. */
    private String standIn() {
        String made = standIn;
        if (made == null) {
            synchronized (this) {
                made = standIn;
                if (made == null) {
                    made = hash(Tokens.random());
                    standIn = made;
                }
            }
        }
        return made;
    }

    private static String digest(String username, String password, String storedHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {username, password, storedHash}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
