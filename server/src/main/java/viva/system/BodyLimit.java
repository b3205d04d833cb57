package viva.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Refuses oversized request bodies before they are read: 1 MiB for the API's JSON, 10 MB for an
 * applicant list (413 with the JSON error body).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class BodyLimit extends HttpFilter {

    static final long JSON_LIMIT = 1024 * 1024;
    static final long IMPORT_LIMIT = 10L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = request.getRequestURI().endsWith("/applicants/import") ? IMPORT_LIMIT : JSON_LIMIT;
        if (request.getContentLengthLong() > limit) {
            response.setStatus(413);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(ErrorBody.of("too_large", "The body is larger than " + limit + " bytes.",
                    Map.of("maxBytes", limit)).toString());
            return;
        }
        chain.doFilter(request, response);
    }
}
