package viva.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Refuses oversized request bodies before they are parsed: 1 MiB for the API's JSON, 10 MB for an
 * applicant list, an image or a recording's chunk, 100 MB for a ZIP of photos (413 with the JSON
 * error body). A body sent in chunks, without a Content-Length,
 * is read up to the limit here, so that it cannot carry more than a declared one.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class BodyLimit extends HttpFilter {

    static final long JSON_LIMIT = 1024 * 1024;
    static final long IMPORT_LIMIT = 10L * 1024 * 1024;
    /** A ZIP of ID photos: many photos of up to 2 MB each. */
    static final long PHOTO_ZIP_LIMIT = 100L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request.getRequestURI());
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes((int) limit + 1);
            if (body.length > limit) {
                refuse(response, limit);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Images and recording chunks are refused by their own resources at their own bounds (2 MB, 8 MB). */
    static long limitFor(String uri) {
        if (uri.endsWith("/applicants/photos")) {
            return PHOTO_ZIP_LIMIT;
        }
        if (uri.endsWith("/applicants/import") || uri.endsWith("/photo") || uri.endsWith("/identity")
                || uri.endsWith("/stills") || uri.endsWith("/chunks")) {
            return IMPORT_LIMIT;
        }
        return JSON_LIMIT;
    }

    private static void refuse(HttpServletResponse response, long limit) throws IOException {
        response.setStatus(413);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(ErrorBody.of("too_large", "The body is larger than " + limit + " bytes.",
                Map.of("maxBytes", limit)).toString());
    }

    /** The request with its body already read into memory. */
    static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException unknown) {
                // a charset nobody knows: read as UTF-8, the API's only encoding
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
