package viva.room;

import jakarta.ws.rs.core.SecurityContext;
import viva.security.Roles;

/** Who is asking, as the REST layer knows it: a signed-in user name and role, or no one. */
public record Caller(String username, boolean secretary, boolean member) {

    public static Caller of(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            return new Caller(null, false, false);
        }
        return new Caller(security.getUserPrincipal().getName(), security.isUserInRole(Roles.SECRETARY),
                security.isUserInRole(Roles.MEMBER));
    }

    public boolean signedIn() {
        return username != null;
    }
}
