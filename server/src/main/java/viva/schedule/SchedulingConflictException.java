package viva.schedule;

import java.util.List;
import java.util.Map;
import viva.system.Refusal;

/** A defense that would break scheduling rules: a conflict listing every broken rule. */
public class SchedulingConflictException extends Refusal {

    private final transient List<Conflict> conflicts;

    public SchedulingConflictException(List<Conflict> conflicts) {
        super(Refusal.Kind.CONFLICT, "scheduling_conflict", conflicts.size() == 1
                ? "The defense breaks a scheduling rule: " + conflicts.get(0).rule() + "."
                : "The defense breaks " + conflicts.size() + " scheduling rules.",
                Map.of("conflicts", conflicts.stream()
                        .map(c -> Map.of("rule", c.rule(), "detail", c.detail()))
                        .toList()));
        this.conflicts = List.copyOf(conflicts);
    }

    /** Every broken rule. */
    public List<Conflict> conflicts() {
        return conflicts;
    }
}
