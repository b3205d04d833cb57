package viva.defense;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One applicant's defenses in a round, oldest first (a cancelled defense is gone, so it counts as
 * none). The applicant's result is their latest; another defense may be booked only when every
 * earlier one closed INVALID or ABSENT.
 */
public record Attempts(List<Defense> defenses) {

    public static final Attempts NONE = new Attempts(List.of());

    public Attempts {
        defenses = List.copyOf(defenses);
    }

    public Optional<Defense> latest() {
        return defenses.isEmpty() ? Optional.empty() : Optional.of(defenses.get(defenses.size() - 1));
    }

    /** Whether a defense may be booked (or {@code moving} placed anew) beside the others. */
    public boolean allowNew(Defense moving) {
        return defenses.stream().filter(d -> moving == null || !d.id().equals(moving.id()))
                .allMatch(Attempts::endedForAnother);
    }

    /** The defense a new one follows: the latest, when it ended INVALID or ABSENT. */
    public Optional<Defense> previous() {
        return latest().filter(Attempts::endedForAnother);
    }

    /** Still to be scheduled: no defense yet, or the latest ended INVALID or ABSENT. */
    public boolean needDefense() {
        return latest().map(Attempts::endedForAnother).orElse(true);
    }

    /**
     * Settled for publication: the latest defense closed PASSED, FAILED or ABSENT (ABSENT settles
     * as not passed; INVALID must be held again).
     */
    public boolean settled() {
        return latest().filter(d -> d.stage() == DefenseStage.CLOSED && d.outcome() != Outcome.INVALID).isPresent();
    }

    /** Each applicant's defenses among these (a round's), oldest first, by applicant id. */
    public static Map<Long, Attempts> byApplicant(List<Defense> defenses) {
        Map<Long, List<Defense>> grouped = new LinkedHashMap<>();
        defenses.stream().sorted(Comparator.comparing(Defense::id))
                .forEach(d -> grouped.computeIfAbsent(d.applicant().id(), k -> new ArrayList<>()).add(d));
        Map<Long, Attempts> attempts = new LinkedHashMap<>();
        grouped.forEach((id, list) -> attempts.put(id, new Attempts(list)));
        return attempts;
    }

    public int count() {
        return defenses.size();
    }

    private static boolean endedForAnother(Defense defense) {
        return defense.stage() == DefenseStage.CLOSED && defense.outcome().allowsAnotherDefense();
    }
}
