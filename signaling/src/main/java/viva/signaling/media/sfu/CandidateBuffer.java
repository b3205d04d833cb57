package viva.signaling.media.sfu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's ICE candidates that arrived before the endpoint they are for exists: they are applied,
 * in order, once it does, so that none is lost to a race between an offer and its candidates.
 */
final class CandidateBuffer {

    /** A page sends a few dozen at most; more means a page gone wrong, not a race. */
    static final int LIMIT = 200;

    private final Map<Link, List<Candidate>> waiting = new HashMap<>();

    void hold(Link link, Candidate candidate) {
        List<Candidate> list = waiting.computeIfAbsent(link, l -> new ArrayList<>());
        if (list.size() < LIMIT) {
            list.add(candidate);
        }
    }

    List<Candidate> take(Link link) {
        List<Candidate> list = waiting.remove(link);
        return list == null ? List.of() : list;
    }

    void forget(String participantId) {
        waiting.keySet().removeIf(link -> link.involves(participantId));
    }

    /** Forgets what waits for a participant's shared screen, whoever sent it. */
    void forgetScreen(String sharerId) {
        waiting.keySet().removeIf(link -> link.screen() && link.source().equals(sharerId));
    }

    void clear() {
        waiting.clear();
    }

    int size() {
        return waiting.values().stream().mapToInt(List::size).sum();
    }
}
