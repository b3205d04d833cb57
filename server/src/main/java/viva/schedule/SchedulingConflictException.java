package viva.schedule;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;
import viva.system.ApiException;

/** A defense that would break scheduling rules: 409 with every broken rule listed. */
public class SchedulingConflictException extends ApiException {

    public SchedulingConflictException(List<Conflict> conflicts) {
        super(Status.CONFLICT, "scheduling_conflict", conflicts.size() == 1
                ? "The defense breaks a scheduling rule: " + conflicts.get(0).rule() + "."
                : "The defense breaks " + conflicts.size() + " scheduling rules.",
                Map.of("conflicts", conflicts.stream()
                        .map(c -> Map.of("rule", c.rule(), "detail", c.detail()))
                        .toList()));
    }
}
