package viva.system.web;

import viva.system.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Reads a request body up to a limit; a larger one is refused with 413 before it fills memory. */
public final class BoundedBody {

    private BoundedBody() {
    }

    public static byte[] read(InputStream in, int maxBytes) {
        if (in == null) {
            return new byte[0];
        }
        try {
            byte[] content = in.readNBytes(maxBytes + 1);
            if (content.length > maxBytes) {
                throw new Refusal(Refusal.Kind.TOO_LARGE, "too_large",
                        "The body is larger than " + (maxBytes / (1024 * 1024)) + " MB.", Map.of("maxBytes", maxBytes));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
