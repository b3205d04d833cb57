package viva.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentSummaryTest {

    private static final Instant AT = Instant.parse("2026-12-07T01:04:00Z");

    private static Incident lost(String role, Long seconds, boolean clockPaused) {
        return new Incident("X", role, Incident.Kind.DISCONNECTED, AT, seconds, clockPaused);
    }

    @Test
    void oneLinePerRoleWithTheCountTheTotalAndWhetherTheClockPaused() {
        List<Incident> incidents = List.of(lost("MEMBER", 10L, false),
                lost("APPLICANT", 35L, true),
                new Incident("X", "APPLICANT", Incident.Kind.RETURNED, AT.plusSeconds(35), 35L, true),
                lost("MEMBER", 5L, false));
        assertEquals(List.of("答辩人断线 1 次，共 35 秒；计时已暂停", "评委断线 2 次，共 15 秒"),
                IncidentSummary.lines(incidents));
    }

    @Test
    void anAbsenceOfUnknownLengthCountsNoSecondsAndSaysSo() {
        assertEquals(List.of("秘书处断线 1 次，共 0 秒（尚未返回）"), IncidentSummary.lines(List.of(lost("SECRETARY", null, false))));
        assertEquals(List.of(), IncidentSummary.lines(List.of()));
    }
}
