package viva.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is acting, for the audit trail: the signed-in user, else "system" (start-up, timers). */
@ApplicationScoped
public class CurrentActor {

    public static final String SYSTEM = "system";

    @Inject
    SecurityContext security;

    public String name() {
        try {
            Principal caller = security.getCallerPrincipal();
            return caller == null ? SYSTEM : caller.getName();
        } catch (RuntimeException outsideARequest) {
            return SYSTEM;
        }
    }
}
