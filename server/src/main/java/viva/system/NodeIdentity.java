package viva.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's name among the nodes sharing one database (VIVA_NODE_NAME, by default the host
 * name): what it signs its messages to the others with, and what a room's lease will name.
 */
@ApplicationScoped
public class NodeIdentity {

    @Inject
    @ConfigProperty(name = "viva.node.name")
    Optional<String> configured;

    private volatile String name;

    public String name() {
        String known = name;
        if (known == null) {
            known = configured.map(String::strip).filter(n -> !n.isEmpty()).orElseGet(NodeIdentity::hostName);
            name = known;
        }
        return known;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "viva";
        }
    }
}
