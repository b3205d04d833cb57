package viva.incident.web;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import viva.incident.Incident;

/** One incident as the API gives it; {@code seconds} is written as null while unknown. */
@JsonbNillable
public record IncidentView(String participantId, String role, String kind, Instant at, Long seconds,
        boolean clockPaused) {

    static IncidentView of(Incident incident) {
        return new IncidentView(incident.participantId(), incident.role(), incident.kind().name(), incident.at(),
                incident.seconds(), incident.clockPaused());
    }
}
