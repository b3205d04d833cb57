package viva.room.web;

import jakarta.ws.rs.core.SecurityContext;
import viva.room.Caller;
import viva.system.Roles;

/** The caller as the REST layer knows them: a signed-in user name and role, or no one. */
final class Callers {

    private Callers() {
    }

    static Caller of(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            return Caller.NOBODY;
        }
        return new Caller(security.getUserPrincipal().getName(), security.isUserInRole(Roles.SECRETARY),
                security.isUserInRole(Roles.MEMBER));
    }
}
