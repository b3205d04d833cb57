package viva.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.audit.AuditTrail;
import viva.json.Jsonp;
import viva.security.BrowserSession;
import viva.security.SessionBook;
import viva.security.SignInThrottle;
import viva.system.Refusal;
import viva.system.web.ClientAddress;

/**
 * Signed-in browser sessions: who is signed in and the CSRF token of their session. The cookie
 * names a row of {@link SessionBook}, so any node behind the proxy answers for it.
 */
@ApplicationScoped
public class BrowserSessions {

    static final String COOKIE = "VIVA_SESSION";
    /** The request's session, once looked up (the mechanism and the resource both ask). */
    private static final String FOUND = "viva.session";

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

    @Inject
    SessionBook book;

    @Inject
    @ConfigProperty(name = "viva.cookie.secure", defaultValue = "false")
    boolean secureCookie;

    public SignedIn signIn(HttpServletRequest request, HttpServletResponse response, String username,
            String password) {
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
        cookie(request).ifPresent(book::close);
        // A new session on every sign-in, so that a session id planted before it is worth nothing
        // and nothing of an earlier user's session survives into the next one's.
        String role = result.getCallerGroups().iterator().next();
        SessionBook.Opened opened = book.open(account, role);
        response.addHeader("Set-Cookie", cookieHeader(opened.token(), false));
        audit.record(account, "session.signed-in", "account:" + account, Jsonp.createObjectBuilder().build());
        return new SignedIn(account, role, opened.session().csrfToken());
    }

    public Optional<SignedIn> current(HttpServletRequest request) {
        Object found = request.getAttribute(FOUND);
        if (found instanceof SignedIn signedIn) {
            return Optional.of(signedIn);
        }
        Optional<SignedIn> session = cookie(request).flatMap(book::find).map(BrowserSessions::signedIn);
        session.ifPresent(s -> request.setAttribute(FOUND, s));
        return session;
    }

    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        cookie(request).ifPresent(token -> {
            book.close(token);
            response.addHeader("Set-Cookie", cookieHeader("", true));
        });
        request.removeAttribute(FOUND);
    }

    private static SignedIn signedIn(BrowserSession session) {
        return new SignedIn(session.username(), session.role(), session.csrfToken());
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank() && cookie.getValue().length() <= 64) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** Never readable by scripts, never sent cross-site; a session cookie (no Max-Age) unless expiring it. */
    private String cookieHeader(String value, boolean expire) {
        return COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (secureCookie ? "; Secure" : "")
                + (expire ? "; Max-Age=0" : "");
    }
}
