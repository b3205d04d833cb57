package viva.security.web;

import viva.security.SignInThrottle;
import viva.security.UserAccount;
import viva.system.web.RefusalStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import viva.system.Refusal;
import viva.system.web.ClientAddress;
import viva.system.web.ErrorBody;

/**
 * HTTP Basic for scripts on /api/*, the session cookie for the browser. A refusal is a 401 with the JSON error body (never a redirect
 * or an HTML page), so that scripts and the console read it the same way.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Set on a request this mechanism refused; {@link RefusedRequests} ends it there. */
    static final String REFUSED = "viva.refused";
    /** No account has a longer user name (UserAccount); a longer one is refused before it is counted. */
    static final int MAX_USERNAME = 64;

    private static final String BASIC = "Basic ";
    private static final String SIGN_IN = "/api/session";
    private static final Pattern OPEN_API = Pattern.compile("/api/defenses/\\d{1,18}/(ticket|outcome)|/api/session");

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    BrowserSessions sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            UsernamePasswordCredential credential = decode(authorization.substring(BASIC.length()).strip());
            if (credential == null) {
                return refuse(request, response, 401, "malformed_credentials",
                        "The Authorization header is not valid Basic.");
            }
            if (credential.getCaller().length() > MAX_USERNAME) {
                return refuse(request, response, 401, "invalid_credentials", "Wrong user name or password.");
            }
            String from = clientAddress.of(request);
            try {
                throttle.check(credential.getCaller(), from);
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    throttle.succeeded(credential.getCaller(), from);
                    return context.notifyContainerAboutLogin(result);
                }
                throttle.failed(credential.getCaller(), from);
            } catch (Refusal tooMany) {
                return refuse(request, response, RefusalStatus.of(tooMany), tooMany.code(),
                        tooMany.getMessage(), tooMany.details());
            }
            return refuse(request, response, 401, "invalid_credentials", "Wrong user name or password.");
        }
        // A sign-in replaces whatever session the cookie holds, so it is never made as that session's
        // user: a stale tab without the old CSRF token can still sign in, and as someone else.
        // Only the API reads who is signed in; pages and their files are public, and asking the
        // database about the cookie for each of them would cost a query per file.
        Optional<BrowserSessions.SignedIn> session = isSignIn(request) || !isApi(request) ? Optional.empty()
                : sessions.current(request);
        if (session.isPresent()) {
            if (changesState(request) && !csrfMatches(request, session.get())) {
                return refuse(request, response, 403, "csrf", "This change needs the session's X-CSRF-Token header.");
            }
            return context.notifyContainerAboutLogin(session.get().username(), Set.of(session.get().role()));
        }
        if (needsSignIn(request)) {
            return refuse(request, response, 401, "unauthenticated", "Sign in first (HTTP Basic for scripts).");
        }
        return context.doNothing();
    }

    private static boolean isSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().substring(request.getContextPath().length()).equals(SIGN_IN);
    }

    private static boolean changesState(HttpServletRequest request) {
        return !Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
    }

    private static boolean csrfMatches(HttpServletRequest request, BrowserSessions.SignedIn session) {
        String expected = session.csrfToken();
        String given = request.getHeader("X-CSRF-Token");
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Everything under /api needs a signed-in user, except taking a room ticket and reading one's
     * own outcome, where a join or resume token in the body is the credential.
     */
    static boolean needsSignIn(HttpServletRequest request) {
        return isApi(request) && !OPEN_API.matcher(path(request)).matches();
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A page's own fetch (browsers mark it with Sec-Fetch-Mode) gets no Basic challenge, so that an
     * expired session shows the console's sign-in instead of the browser's password dialog.
     */
    private static boolean fromPageScript(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        return mode != null && !"navigate".equals(mode);
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
            String code, String message) {
        return refuse(request, response, status, code, message, Map.of());
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
            String code, String message, Map<String, Object> details) {
        request.setAttribute(REFUSED, code);
        try {
            response.setStatus(status);
            ErrorBody.retryAfter(details).ifPresent(seconds -> response.setHeader("Retry-After", seconds));
            if (status == HttpServletResponse.SC_UNAUTHORIZED && !fromPageScript(request)) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Viva\", charset=\"UTF-8\"");
            }
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(ErrorBody.of(code, message, details).toString());
            // Closed, not only flushed: after a refusal Liberty may still try its own Basic login and,
            // on a header it cannot decode, append an error page to an open response.
            response.getWriter().close();
        } catch (IOException e) {
            // The client has gone; the status alone is all that can be said.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
