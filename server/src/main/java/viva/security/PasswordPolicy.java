package viva.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import viva.system.Refusal;

/**
 * What a password must be, for every account however it is made: long enough, not only spaces,
 * not the user name, and not one of the passwords every guesser tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    static final String COMMON_LIST = "/viva/security/common-passwords.txt";

    private PasswordPolicy() {
    }

    /** Refuses a weak password with 400 {@code weak_password}, naming the rule it breaks. */
    public static void require(String username, String password) {
        weakness(username, password).ifPresent(rule -> {
            throw Refusal.invalid("weak_password", "The password is too weak: " + rule + ".");
        });
    }

    /** The rule the password breaks, in words, or empty when it is good enough. */
    public static Optional<String> weakness(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("it needs at least " + MIN_LENGTH + " characters");
        }
        if (password.isBlank()) {
            return Optional.of("it must not be only spaces");
        }
        if (UserNames.same(password, username)) {
            return Optional.of("it must not be the user name");
        }
        if (Common.PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("it is one of the most common passwords");
        }
        return Optional.empty();
    }

    /** Read on first use; the list is a resource so that a site can see and extend it. */
    private static final class Common {
        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
                if (in == null) {
                    throw new IllegalStateException(COMMON_LIST + " is missing from the application");
                }
                Set<String> passwords = new HashSet<>();
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .forEach(line -> passwords.add(line.strip().toLowerCase(Locale.ROOT)));
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
