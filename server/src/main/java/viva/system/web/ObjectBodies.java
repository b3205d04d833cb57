package viva.system.web;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import viva.system.Refusal;

/**
 * A request record is read from a JSON object only: the binding would otherwise take a JSON array
 * for the object it holds first ({@code [{"start": …}]} moved a defense), so an array is refused
 * (400 malformed_json) before it is bound.
 */
@Provider
public class ObjectBodies implements ReaderInterceptor {

    private static final int BOM_FIRST = 0xEF;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!context.getType().isRecord()) {
            return context.proceed();
        }
        PushbackInputStream in = new PushbackInputStream(context.getInputStream(), 4);
        int first = in.read();
        if (first == BOM_FIRST) {
            // The byte-order mark is left to the parser, as before; look past it.
            byte[] rest = in.readNBytes(2);
            int next = significant(in);
            if (next == '[') {
                throw arrayRefused();
            }
            if (next >= 0) {
                in.unread(next);
            }
            in.unread(rest);
            in.unread(first);
        } else {
            if (first >= 0 && isSpace(first)) {
                first = significant(in);
            }
            if (first == '[') {
                throw arrayRefused();
            }
            if (first >= 0) {
                in.unread(first);
            }
        }
        context.setInputStream(in);
        return context.proceed();
    }

    /** The first byte that is not JSON whitespace, or -1 at the end. */
    private static int significant(InputStream in) throws IOException {
        int b = in.read();
        while (b >= 0 && isSpace(b)) {
            b = in.read();
        }
        return b;
    }

    private static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static Refusal arrayRefused() {
        return Refusal.invalid("malformed_json", "The body must be one JSON object, not an array.");
    }
}
