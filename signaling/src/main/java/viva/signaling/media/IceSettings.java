package viva.signaling.media;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import viva.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * ICE settings from configuration: the STUN/TURN servers handed to pages (VIVA_ICE_SERVERS, a
 * comma-separated list of {@code url} or {@code url|username|credential}) and the networks whose
 * candidates are relayed (VIVA_ICE_NETWORKS), and the pages' ICE transport policy
 * (VIVA_ICE_TRANSPORT_POLICY: {@code all}, or {@code relay} so that every connection goes through
 * TURN and no participant learns another's address).
 */
@ApplicationScoped
public class IceSettings {

    @Inject
    @ConfigProperty(name = "viva.ice.servers")
    Optional<String> serversText;

    @Inject
    @ConfigProperty(name = "viva.ice.networks")
    Optional<String> networksText;

    @Inject
    @ConfigProperty(name = "viva.ice.transport.policy", defaultValue = "all")
    String transportPolicyText;

    private JsonArray servers;
    private String transportPolicy;
    private IceNetworks networks;

    @PostConstruct
    void read() {
        servers = parseServers(serversText.orElse(""));
        transportPolicy = parsePolicy(transportPolicyText);
        networks = networksText.filter(t -> !t.isBlank()).map(IceNetworks::parse).orElse(IceNetworks.all());
    }

    public JsonArray servers() {
        return servers;
    }

    /** {@code all} or {@code relay}: what every page gives its RTCPeerConnections. */
    public String transportPolicy() {
        return transportPolicy;
    }

    static String parsePolicy(String text) {
        String policy = text == null || text.isBlank() ? "all" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!policy.equals("all") && !policy.equals("relay")) {
            throw new IllegalArgumentException("VIVA_ICE_TRANSPORT_POLICY must be all or relay, not " + text);
        }
        return policy;
    }

    public IceNetworks networks() {
        return networks;
    }

    public boolean relayable(JsonObject candidate) {
        var line = candidate.get("candidate");
        return line instanceof jakarta.json.JsonString text ? networks.allows(text.getString())
                : networks.relaysAll();
    }

    static JsonArray parseServers(String text) {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split("\\|", 3);
            JsonObjectBuilder server = Jsonp.createObjectBuilder().add("urls", parts[0]);
            if (parts.length == 3) {
                server.add("username", parts[1]).add("credential", parts[2]);
            }
            array.add(server);
        }
        return array.build();
    }
}
