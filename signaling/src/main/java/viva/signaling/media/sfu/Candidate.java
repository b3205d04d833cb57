package viva.signaling.media.sfu;

import viva.json.Jsonp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/** An ICE candidate as pages and the media server exchange it. */
public record Candidate(String candidate, String sdpMid, int sdpMLineIndex) {

    /** From a page's {candidate, sdpMid, sdpMLineIndex}; null when it has no candidate line. */
    public static Candidate from(JsonObject json) {
        if (!(json.get("candidate") instanceof JsonString line) || line.getString().isBlank()) {
            return null;
        }
        String mid = json.get("sdpMid") instanceof JsonString s ? s.getString() : "";
        int index = json.get("sdpMLineIndex") instanceof JsonNumber n ? n.intValue() : 0;
        return new Candidate(line.getString(), mid, index);
    }

    public JsonObject json() {
        return Jsonp.createObjectBuilder().add("candidate", candidate).add("sdpMid", sdpMid)
                .add("sdpMLineIndex", sdpMLineIndex).build();
    }
}
