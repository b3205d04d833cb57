package viva.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach Viva at (VIVA_PUBLIC_URL), from which every link Viva hands out is
 * built. Never a request's Host or X-Forwarded-* headers: whoever sends the request chooses
 * those, and a join link pointing elsewhere would hand the applicant's token to that host.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "viva.public.url")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "http.port", defaultValue = "9080")
    int httpPort;

    /** The site's root, ending in '/': http://localhost:HTTP_PORT/ unless configured. */
    public URI root() {
        String url = configured.map(String::strip).filter(u -> !u.isEmpty())
                .orElse("http://localhost:" + httpPort);
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** A path of the site (with its query and fragment) as an absolute link. */
    public String link(String path) {
        return root().resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }
}
