package viva.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Ends every request that {@link ApiAuthenticationMechanism} refused. /api/* has no security
 * constraint (one path is open to join tokens), and on such a URL Liberty goes on to the resource
 * after the refusal: an open resource such as the sign-in then ran behind the 401 it had already
 * answered, and a guarded one asked the mechanism again, which wrote the error body a second time
 * and counted a wrong password twice.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RefusedRequests extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(ApiAuthenticationMechanism.REFUSED) != null) {
            return;
        }
        chain.doFilter(request, response);
    }
}
