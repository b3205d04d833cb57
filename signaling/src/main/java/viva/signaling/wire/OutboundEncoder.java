package viva.signaling.wire;

import jakarta.websocket.Encoder;

public class OutboundEncoder implements Encoder.Text<Outbound> {

    @Override
    public String encode(Outbound message) {
        return message.json().toString();
    }
}
