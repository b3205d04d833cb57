package viva.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.system.web.ClientAddress;
import viva.system.web.ErrorBody;

/**
 * With VIVA_REQUIRE_HTTPS=true, nothing is served over plain HTTP: pages are redirected to
 * HTTPS_PORT, the API answers 403, and the health checks stay open for load balancers. A request
 * that a trusted proxy (VIVA_TRUSTED_PROXIES) received over HTTPS counts as HTTPS.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HttpsOnly extends HttpFilter {

    @Inject
    @ConfigProperty(name = "viva.require.https", defaultValue = "false")
    boolean required;

    @Inject
    @ConfigProperty(name = "https.port", defaultValue = "9443")
    int httpsPort;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!required || clientAddress.overHttps(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/ws/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(ErrorBody.of("https_required", "Use HTTPS on port " + httpsPort + ".",
                    Map.of("httpsPort", httpsPort)).toString());
            return;
        }
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", "https://" + request.getServerName() + ":" + httpsPort
                + request.getRequestURI() + query);
    }
}
