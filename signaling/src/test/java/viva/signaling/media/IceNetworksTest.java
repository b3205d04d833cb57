package viva.signaling.media;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IceNetworksTest {

    private static String candidate(String address) {
        return "candidate:842163049 1 udp 1677729535 " + address + " 50123 typ host generation 0";
    }

    @Test
    void loopbackOnly() {
        IceNetworks loopback = IceNetworks.parse("127.0.0.0/8");
        assertTrue(loopback.allows(candidate("127.0.0.1")));
        assertTrue(loopback.allows(candidate("127.45.2.1")));
        assertFalse(loopback.allows(candidate("10.1.2.3")));
        assertFalse(loopback.allows(candidate("192.0.2.7")));
        assertFalse(loopback.allows(candidate("3f2a4b1c-9d8e.local")), "an mDNS name is never relayed");
        assertFalse(loopback.allows(candidate("::1")));
        assertFalse(loopback.allows("garbage"));
    }

    @Test
    void severalBlocksAndIpv6() {
        IceNetworks site = IceNetworks.parse(" 10.0.0.0/8, 192.168.1.0/24 ,fd00::/8");
        assertTrue(site.allows(candidate("10.200.3.4")));
        assertTrue(site.allows(candidate("192.168.1.77")));
        assertFalse(site.allows(candidate("192.168.2.77")));
        assertTrue(site.allows(candidate("fd12:3456::1")));
        assertFalse(site.allows(candidate("2001:db8::1")));
    }

    @Test
    void oddPrefixLengths() {
        IceNetworks block = IceNetworks.parse("172.16.0.0/12");
        assertTrue(block.allows(candidate("172.31.255.255")));
        assertFalse(block.allows(candidate("172.32.0.1")));
    }

    @Test
    void noNetworksRelaysEverythingAndEndOfCandidatesAlwaysPasses() {
        assertTrue(IceNetworks.all().allows(candidate("203.0.113.9")));
        assertTrue(IceNetworks.parse("127.0.0.0/8").allows(""));
    }

    @Test
    void aBadBlockIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> IceNetworks.parse("localhost/8"));
        assertThrows(IllegalArgumentException.class, () -> IceNetworks.parse("10.0.0.0/33"));
    }

    @Test
    void iceServersAreHandedToPagesWithCredentials() {
        var servers = IceSettings.parseServers("stun:stun.example.org:3478, turn:turn.example.org:3478|viva|s3cret");
        assertTrue(servers.getJsonObject(0).getString("urls").equals("stun:stun.example.org:3478"));
        assertTrue(servers.getJsonObject(1).getString("credential").equals("s3cret"));
        assertTrue(IceSettings.parseServers("").isEmpty());
    }

    @Test
    void theTransportPolicyIsAllOrRelay() {
        assertTrue(IceSettings.parsePolicy(null).equals("all"));
        assertTrue(IceSettings.parsePolicy(" Relay ").equals("relay"));
        assertThrows(IllegalArgumentException.class, () -> IceSettings.parsePolicy("none"));
    }
}
