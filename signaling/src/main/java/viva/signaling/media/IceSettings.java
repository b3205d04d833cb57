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
 * candidates are relayed (VIVA_ICE_NETWORKS).
 */
@ApplicationScoped
public class IceSettings {

    @Inject
    @ConfigProperty(name = "viva.ice.servers")
    Optional<String> serversText;

    @Inject
    @ConfigProperty(name = "viva.ice.networks")
    Optional<String> networksText;

    private JsonArray servers;
    private IceNetworks networks;

    @PostConstruct
    void read() {
        servers = parseServers(serversText.orElse(""));
        networks = networksText.filter(t -> !t.isBlank()).map(IceNetworks::parse).orElse(IceNetworks.all());
    }

    public JsonArray servers() {
        return servers;
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
