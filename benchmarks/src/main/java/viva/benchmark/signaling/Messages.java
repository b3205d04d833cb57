package viva.benchmark.signaling;

import java.util.Locale;

/**
 * The signaling messages of a mesh call as Chromium's pages send them, each carrying the load
 * generator's System.nanoTime: in an SDP's session id ("o=- TIME 2 IN IP4 …") and in an ICE
 * candidate's foundation ("candidate:TIME 1 udp …"), both digits where a browser puts digits.
 */
final class Messages {

    /** An SDP of the size Chromium offers for one audio and one video track (about 5 KB). */
    private static final String SDP_BODY = sdpBody();

    private Messages() {
    }

    static String offer(String to, long now) {
        return description("offer", to, now);
    }

    static String answer(String to, long now) {
        return description("answer", to, now);
    }

    private static String description(String type, String to, long now) {
        return "{\"type\":\"" + type + "\",\"to\":\"" + to + "\",\"sdp\":\"v=0\\r\\no=- " + now
                + " 2 IN IP4 127.0.0.1\\r\\n" + SDP_BODY + "\"}";
    }

    /** The n-th host candidate on loopback (inside the test networks, so the server relays it). */
    static String ice(String to, int n, long now) {
        return String.format(Locale.ROOT, "{\"type\":\"ice\",\"to\":\"%s\",\"candidate\":{\"candidate\":"
                + "\"candidate:%d 1 %s %d 127.0.0.1 %d typ host%s generation 0 ufrag Vb3k network-id 1\","
                + "\"sdpMid\":\"%d\",\"sdpMLineIndex\":%d,\"usernameFragment\":\"Vb3k\"}}",
                to, now, n % 2 == 0 ? "udp" : "tcp", n % 2 == 0 ? 2122260223L : 1518280447L, 50000 + n,
                n % 2 == 0 ? "" : " tcptype passive", n % 2, n % 2);
    }

    /** The sender's timestamp inside a relayed offer, answer or candidate, or 0 when there is none. */
    static long timestamp(String text) {
        int at = text.indexOf("o=- ");
        int from = at >= 0 ? at + 4 : text.indexOf("candidate:") + "candidate:".length();
        if (from < "candidate:".length()) {
            return 0;
        }
        long value = 0;
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            value = value * 10 + (text.charAt(i++) - '0');
        }
        return i == from ? 0 : value;
    }

    static String clip(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private static String sdpBody() {
        StringBuilder s = new StringBuilder();
        line(s, "s=-");
        line(s, "t=0 0");
        line(s, "a=group:BUNDLE 0 1");
        line(s, "a=extmap-allow-mixed");
        line(s, "a=msid-semantic: WMS 3b2f3c1e-bench");
        media(s, "audio", 0, new int[] {111, 63, 9, 0, 8, 13, 110, 126});
        media(s, "video", 1, new int[] {96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 127, 125,
                39, 40, 45, 46, 112, 113, 114, 115, 116});
        return s.toString();
    }

    private static void media(StringBuilder s, String kind, int mid, int[] payloads) {
        StringBuilder types = new StringBuilder();
        for (int p : payloads) {
            types.append(' ').append(p);
        }
        line(s, "m=" + kind + " 9 UDP/TLS/RTP/SAVPF" + types);
        line(s, "c=IN IP4 0.0.0.0");
        line(s, "a=rtcp:9 IN IP4 0.0.0.0");
        line(s, "a=ice-ufrag:Vb3k");
        line(s, "a=ice-pwd:a8GkqZ0n1bPq2rT5uV7wXy9z");
        line(s, "a=ice-options:trickle");
        line(s, "a=fingerprint:sha-256 4F:3A:9C:21:7B:E0:55:12:AA:6D:90:C4:1E:38:F2:07:BD:64:19:8E:C3:2A:71:"
                + "5F:0B:D9:E6:4C:83:17:A5:2E");
        line(s, "a=setup:actpass");
        line(s, "a=mid:" + mid);
        line(s, "a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level");
        line(s, "a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time");
        line(s, "a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01");
        line(s, "a=sendrecv");
        line(s, "a=msid:3b2f3c1e-bench 7d1e" + kind);
        line(s, "a=rtcp-mux");
        for (int p : payloads) {
            line(s, "a=rtpmap:" + p + (kind.equals("audio") ? " opus/48000/2" : " VP8/90000"));
            line(s, "a=rtcp-fb:" + p + " transport-cc");
            if (kind.equals("video")) {
                line(s, "a=rtcp-fb:" + p + " nack");
                line(s, "a=rtcp-fb:" + p + " nack pli");
                line(s, "a=fmtp:" + p + " level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f");
            } else {
                line(s, "a=fmtp:" + p + " minptime=10;useinbandfec=1");
            }
        }
        line(s, "a=ssrc:" + (1000 + mid) + " cname:Vb3kbench");
    }

    private static void line(StringBuilder s, String line) {
        s.append(line).append("\\r\\n");
    }
}
