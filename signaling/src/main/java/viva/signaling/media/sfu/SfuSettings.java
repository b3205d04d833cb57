package viva.signaling.media.sfu;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * How the SFU behaves: this node's name on its pipelines, the cap on each publisher's video, how
 * long an empty room keeps its pipeline, where recordings go, and which ICE candidates may pass
 * (the same networks rule as in mesh mode, both ways).
 */
public record SfuSettings(String node, int maxVideoKbps, Duration emptyGrace, String recordingBase,
        Predicate<String> candidateAllowed) {
}
