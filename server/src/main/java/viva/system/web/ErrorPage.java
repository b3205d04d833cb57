package viva.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The web application's error page (web.xml): what Liberty refuses on its own, before any filter
 * or resource of Viva sees the request (an encoded slash, a path that climbs above the root, a
 * static file that is not there), answers in Viva's JSON error shape instead of Liberty's HTML
 * page, which printed the exception and the class that threw it.
 */
@WebServlet(urlPatterns = ErrorPage.PATH)
public class ErrorPage extends HttpServlet {

    static final String PATH = "/error-page";
    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for by its own address, this page is simply not there.
        int status = code instanceof Integer given ? given : 404;
        if (status >= 500) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(Level.WARNING, "request failed in the container: " + request.getAttribute(
                    RequestDispatcher.ERROR_REQUEST_URI), failure instanceof Throwable t ? t : null);
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(ErrorBody.of(ErrorBody.codeFor(status), ErrorBody.messageFor(status), Map.of()).toString());
    }
}
