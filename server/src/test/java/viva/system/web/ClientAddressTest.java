package viva.system.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import viva.net.Networks;

class ClientAddressTest {

    private static final Networks PROXIES = Networks.parse("10.0.0.0/24, ::1/128");

    @Test
    void withoutTrustedProxiesTheSocketsPeerIsTheClient() {
        assertEquals("198.51.100.7", ClientAddress.resolve("198.51.100.7", List.of("203.0.113.9"), Networks.none()));
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        assertEquals("198.51.100.7", ClientAddress.resolve("198.51.100.7", List.of("10.0.0.5, 203.0.113.9"), PROXIES));
    }

    @Test
    void behindATrustedProxyTheRightMostAddressThatIsNoProxyIsTheClient() {
        assertEquals("203.0.113.9", ClientAddress.resolve("10.0.0.1", List.of("203.0.113.9"), PROXIES));
        assertEquals("203.0.113.9", ClientAddress.resolve("10.0.0.1", List.of("6.6.6.6, 203.0.113.9, 10.0.0.2"),
                PROXIES), "what the client wrote itself, left of its own address, is not believed");
        assertEquals("203.0.113.9", ClientAddress.resolve("10.0.0.1", List.of("6.6.6.6", "203.0.113.9"), PROXIES),
                "several headers are one list");
    }

    @Test
    void aTrustedProxyWithoutForwardedForIsTheClientItself() {
        assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", List.of(), PROXIES));
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.1", List.of("10.0.0.2"), PROXIES));
    }

    @Test
    void garbageEndsTheChainAtTheLastGoodHop() {
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.1", List.of("203.0.113.9, unknown, 10.0.0.2"), PROXIES));
        assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", List.of("evil.example"), PROXIES));
    }

    @Test
    void oneAddressHasOneSpelling() {
        assertEquals("2001:db8:0:0:0:0:0:1", ClientAddress.resolve("0:0:0:0:0:0:0:1", List.of("2001:db8::1"), PROXIES));
        assertEquals("2001:db8:0:0:0:0:0:1", ClientAddress.resolve("2001:DB8::1", List.of(), PROXIES));
    }

    @Test
    void onlyATrustedProxySaysTheClientCameOverHttps() {
        assertEquals(true, ClientAddress.forwardedHttps("10.0.0.1", "https", PROXIES));
        assertEquals(true, ClientAddress.forwardedHttps("10.0.0.1", "http, https", PROXIES), "the proxy's own value");
        assertEquals(false, ClientAddress.forwardedHttps("10.0.0.1", "https, http", PROXIES));
        assertEquals(false, ClientAddress.forwardedHttps("198.51.100.7", "https", PROXIES), "anyone else is not believed");
        assertEquals(false, ClientAddress.forwardedHttps("10.0.0.1", null, PROXIES));
    }
}
