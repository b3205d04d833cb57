package viva.signaling.media;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The networks whose ICE candidates are relayed (CIDR list, e.g. "127.0.0.0/8,10.0.0.0/8"). An
 * empty list relays every candidate. A candidate whose address is a name (an mDNS ".local" name)
 * or outside the networks is held back, so that media stays where the site wants it.
 */
public final class IceNetworks {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Block(byte[] prefix, int bits) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    private final List<Block> blocks;

    private IceNetworks(List<Block> blocks) {
        this.blocks = blocks;
    }

    public static IceNetworks all() {
        return new IceNetworks(List.of());
    }

    /** Parses a comma-separated CIDR list; a bad entry is a configuration error. */
    public static IceNetworks parse(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String part : text.split(",")) {
            String cidr = part.strip();
            if (cidr.isEmpty()) {
                continue;
            }
            String[] pieces = cidr.split("/");
            byte[] prefix = literal(pieces[0]);
            if (prefix == null || pieces.length > 2) {
                throw new IllegalArgumentException("not a CIDR block: " + cidr);
            }
            int bits = pieces.length == 2 ? Integer.parseInt(pieces[1]) : prefix.length * 8;
            if (bits < 0 || bits > prefix.length * 8) {
                throw new IllegalArgumentException("prefix length out of range: " + cidr);
            }
            blocks.add(new Block(prefix, bits));
        }
        return new IceNetworks(List.copyOf(blocks));
    }

    public boolean relaysAll() {
        return blocks.isEmpty();
    }

    /** Whether a candidate line ("candidate:… udp 2122 127.0.0.1 5000 typ host") may be relayed. */
    public boolean allows(String candidateLine) {
        if (blocks.isEmpty() || candidateLine == null || candidateLine.isBlank()) {
            return true;
        }
        String[] fields = candidateLine.strip().split("\\s+");
        if (fields.length < 6) {
            return false;
        }
        byte[] address = literal(fields[4]);
        if (address == null) {
            return false;
        }
        return blocks.stream().anyMatch(b -> b.contains(address));
    }

    /** The bytes of an IP literal; null for anything else, and never a name lookup. */
    private static byte[] literal(String text) {
        String host = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IPV4.matcher(host).matches() && !IPV6.matcher(host).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
