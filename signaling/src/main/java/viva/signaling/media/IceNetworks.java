package viva.signaling.media;

import viva.net.Networks;

/**
 * The networks whose ICE candidates are relayed (CIDR list, e.g. "127.0.0.0/8,10.0.0.0/8"). An
 * empty list relays every candidate. A candidate whose address is a name (an mDNS ".local" name)
 * or outside the networks is held back, so that media stays where the site wants it.
 */
public final class IceNetworks {

    private final Networks networks;

    private IceNetworks(Networks networks) {
        this.networks = networks;
    }

    public static IceNetworks all() {
        return new IceNetworks(Networks.none());
    }

    /** Parses a comma-separated CIDR list; a bad entry is a configuration error. */
    public static IceNetworks parse(String text) {
        return new IceNetworks(Networks.parse(text));
    }

    public boolean relaysAll() {
        return networks.isEmpty();
    }

    /** Whether a candidate line ("candidate:… udp 2122 127.0.0.1 5000 typ host") may be relayed. */
    public boolean allows(String candidateLine) {
        if (networks.isEmpty() || candidateLine == null || candidateLine.isBlank()) {
            return true;
        }
        String[] fields = candidateLine.strip().split("\\s+");
        if (fields.length < 6) {
            return false;
        }
        return networks.contains(fields[4]);
    }
}
