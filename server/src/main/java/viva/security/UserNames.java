package viva.security;

import java.util.Locale;

/**
 * The one way user names are compared: " Secretary " and "SECRETARY" name the account
 * "secretary". Accounts keep the spelling they were created with; only comparisons use this.
 */
public final class UserNames {

    private UserNames() {
    }

    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }
}
