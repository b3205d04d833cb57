package viva.security.web;

import viva.security.SignInThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import viva.json.Jsonp;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import viva.audit.AuditTrail;
import viva.system.Tokens;
import viva.system.Refusal;
import viva.system.web.ClientAddress;

/** Signed-in browser sessions: who is signed in and the CSRF token of their session. */
@ApplicationScoped
public class BrowserSessions {

    static final String USER = "viva.user";
    static final String ROLE = "viva.role";
    static final String CSRF = "viva.csrf";

    public record SignedIn(String username, String role, String csrfToken) {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditTrail audit;

    @Inject
    ClientAddress clientAddress;

    public SignedIn signIn(HttpServletRequest request, String username, String password) {
        String from = clientAddress.of(request);
        throttle.check(username, from);
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(username,
                password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(username, from);
            throw new Refusal(Refusal.Kind.UNAUTHENTICATED, "invalid_credentials", "Wrong user name or password.");
        }
        throttle.succeeded(username, from);
        // The account's own spelling, whichever the user typed.
        String account = result.getCallerPrincipal().getName();
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        // A new session on every sign-in, so that a session id planted before it is worth nothing
        // and nothing of an earlier user's session survives into the next one's.
        HttpSession session = request.getSession(true);
        String role = result.getCallerGroups().iterator().next();
        session.setAttribute(USER, account);
        session.setAttribute(ROLE, role);
        session.setAttribute(CSRF, Tokens.random());
        audit.record(account, "session.signed-in", "account:" + account, Jsonp.createObjectBuilder().build());
        return new SignedIn(account, role, (String) session.getAttribute(CSRF));
    }

    public Optional<SignedIn> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(USER) == null) {
            return Optional.empty();
        }
        return Optional.of(new SignedIn((String) session.getAttribute(USER), (String) session.getAttribute(ROLE),
                (String) session.getAttribute(CSRF)));
    }
}
