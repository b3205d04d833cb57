package viva.signaling.media.kurento;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/** VIVA_ICE_SERVERS as a Kurento endpoint takes it: one STUN server, one TURN URL. */
class KurentoIceTest {

    @Test
    void takesTheFirstStunAndTheFirstTurnWithCredentials() {
        var servers = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("urls", "stun:stun.example.org:3479"))
                .add(Json.createObjectBuilder().add("urls", "turn:turn.example.org:3478?transport=udp")
                        .add("username", "viva").add("credential", "secret"))
                .add(Json.createObjectBuilder().add("urls", "stun:second.example.org"))
                .build();
        assertEquals(new KurentoIce("stun.example.org", 3479, "viva:secret@turn.example.org:3478"),
                KurentoIce.from(servers));
    }

    @Test
    void noServersLeaveKurentoToItsOwnDefaults() {
        assertEquals(new KurentoIce(null, 3478, null), KurentoIce.from(Json.createArrayBuilder().build()));
    }
}
