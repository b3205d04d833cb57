package viva.people;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import viva.audit.Correction;
import viva.json.Jsonp;

/** A not yet held defense whose eligible members a correction changed (回避 recomputed). */
public record EligibilityChange(long defenseId, List<Long> before, List<Long> after) {

    /** Adds {@code eligibility: [{defenseId, eligibleBefore, eligibleAfter}]} to an audit payload, when there are any. */
    public static JsonObjectBuilder addTo(JsonObjectBuilder payload, List<EligibilityChange> changes) {
        if (!changes.isEmpty()) {
            JsonArrayBuilder list = Jsonp.createArrayBuilder();
            changes.forEach(c -> list.add(Jsonp.createObjectBuilder().add("defenseId", c.defenseId())
                    .add("eligibleBefore", Correction.json(c.before()))
                    .add("eligibleAfter", Correction.json(c.after()))));
            payload.add("eligibility", list);
        }
        return payload;
    }
}
