package viva.signaling.media.kurento;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.kurento.client.WebRtcEndpoint;

/**
 * The STUN and TURN servers of VIVA_ICE_SERVERS in the form a Kurento endpoint takes them: one
 * STUN address and port, one TURN URL "user:password@host:port". Kurento uses one of each.
 */
public record KurentoIce(String stunAddress, int stunPort, String turnUrl) {

    public static KurentoIce from(JsonArray servers) {
        String stunAddress = null;
        int stunPort = 3478;
        String turnUrl = null;
        for (JsonValue value : servers) {
            if (!(value instanceof JsonObject server) || !(server.get("urls") instanceof JsonString urls)) {
                continue;
            }
            String url = urls.getString().strip();
            if (url.startsWith("stun:") && stunAddress == null) {
                String[] hostPort = hostPort(url.substring("stun:".length()));
                stunAddress = hostPort[0];
                stunPort = hostPort.length > 1 ? Integer.parseInt(hostPort[1]) : 3478;
            } else if (url.startsWith("turn:") && turnUrl == null && server.containsKey("username")) {
                String address = url.substring("turn:".length()).split("\\?")[0];
                turnUrl = server.getString("username") + ":" + server.getString("credential", "") + "@" + address;
            }
        }
        return new KurentoIce(stunAddress, stunPort, turnUrl);
    }

    private static String[] hostPort(String text) {
        return text.split("\\?")[0].split(":", 2);
    }

    void applyTo(WebRtcEndpoint endpoint) {
        if (stunAddress != null) {
            endpoint.setStunServerAddress(stunAddress);
            endpoint.setStunServerPort(stunPort);
        }
        if (turnUrl != null) {
            endpoint.setTurnUrl(turnUrl);
        }
    }
}
