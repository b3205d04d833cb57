package viva.system.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.net.Networks;

/**
 * The address a request came from: the socket's peer, or, when that peer is one of the reverse
 * proxies in VIVA_TRUSTED_PROXIES, the right-most address in X-Forwarded-For that is not itself a
 * trusted proxy. Everything left of that was written by the client and proves nothing, so a
 * client cannot choose the address it is counted under.
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    @Inject
    @ConfigProperty(name = "viva.trusted.proxies")
    Optional<String> trustedText;

    private Networks trusted = Networks.none();

    @PostConstruct
    void read() {
        trusted = trustedText.filter(t -> !t.isBlank()).map(Networks::parse).orElse(Networks.none());
    }

    public String of(HttpServletRequest request) {
        List<String> forwarded = request.getHeaders(FORWARDED_FOR) == null ? List.of()
                : Collections.list(request.getHeaders(FORWARDED_FOR));
        return resolve(request.getRemoteAddr(), forwarded, trusted);
    }

    /**
     * Whether the client reached Viva over HTTPS: this connection, or a trusted proxy's that
     * terminated TLS and says so in X-Forwarded-Proto (its own, the last value).
     */
    public boolean overHttps(HttpServletRequest request) {
        return request.isSecure() || forwardedHttps(request.getRemoteAddr(), request.getHeader(FORWARDED_PROTO), trusted);
    }

    static boolean forwardedHttps(String peer, String forwardedProto, Networks trusted) {
        if (forwardedProto == null || !trusted.contains(peer)) {
            return false;
        }
        String[] hops = forwardedProto.split(",");
        return "https".equalsIgnoreCase(hops[hops.length - 1].strip());
    }

    static String resolve(String peer, List<String> forwardedHeaders, Networks trusted) {
        String client = canonical(peer);
        if (!trusted.contains(peer)) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedHeaders) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = canonical(hops.get(i));
            if (Networks.literal(hop) == null) {
                // Not an address: a trusted proxy never writes that, so the chain ends at the last good hop.
                return client;
            }
            client = hop;
            if (!trusted.contains(hop)) {
                return client;
            }
        }
        return client;
    }

    /** One spelling per address ("::1" and "0:0:0:0:0:0:0:1" are the same client); anything else as given. */
    private static String canonical(String address) {
        byte[] bytes = Networks.literal(address);
        if (bytes == null) {
            return address == null ? "" : address;
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
