package viva.signaling.media.sfu;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * How the SFU behaves: this node's name on its pipelines, the cap on each publisher's video, how
 * long an empty room keeps its pipeline, where recordings go, and which ICE candidates may pass
 * (the pages' candidates, by the same networks rule as in mesh mode).
 */
public record SfuSettings(String node, int maxVideoKbps, Duration emptyGrace, String recordingBase,
        Predicate<String> candidateAllowed) {
}
