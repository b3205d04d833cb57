package viva.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of IP networks in CIDR notation ("127.0.0.0/8,10.0.0.0/8,::1/128"), as configuration
 * names them. Addresses are IP literals only: nothing here ever looks a name up.
 */
public final class Networks {

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

    private static final Networks NONE = new Networks(List.of());

    private final List<Block> blocks;

    private Networks(List<Block> blocks) {
        this.blocks = blocks;
    }

    public static Networks none() {
        return NONE;
    }

    /** Parses a comma-separated CIDR list (a bare address is a block of its own); a bad entry is a configuration error. */
    public static Networks parse(String text) {
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
            int bits;
            try {
                bits = pieces.length == 2 ? Integer.parseInt(pieces[1]) : prefix.length * 8;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR block: " + cidr);
            }
            if (bits < 0 || bits > prefix.length * 8) {
                throw new IllegalArgumentException("prefix length out of range: " + cidr);
            }
            blocks.add(new Block(prefix, bits));
        }
        return new Networks(List.copyOf(blocks));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public boolean contains(byte[] address) {
        return address != null && blocks.stream().anyMatch(b -> b.contains(address));
    }

    /** Whether the IP literal lies in one of the networks; a name or anything else does not. */
    public boolean contains(String address) {
        return contains(literal(address));
    }

    /** The bytes of an IP literal (IPv6 may be in brackets); null for anything else, and never a name lookup. */
    public static byte[] literal(String text) {
        if (text == null) {
            return null;
        }
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
