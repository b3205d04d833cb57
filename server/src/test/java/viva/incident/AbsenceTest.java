package viva.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AbsenceTest {

    private static final Instant LOST = Instant.parse("2026-12-07T01:04:00Z");

    @Test
    void itLastsUntilTheReturnElseUntilTheCloseElseNobodyKnowsYet() {
        Absence away = new Absence(1, "A7", "APPLICANT", LOST, true);
        assertNull(away.seconds(null), "still away, the defense open");
        assertEquals(600, away.seconds(LOST.plusSeconds(600)), "never back: counted to the close");
        away.returned(LOST.plusMillis(35_400), false);
        assertEquals(35, away.seconds(null));
        assertEquals(35, away.seconds(LOST.plusSeconds(600)), "the return, not the close");
    }

    @Test
    void onlyTheFirstReturnCountsAndAClockResumedOnItMarksTheAbsence() {
        Absence away = new Absence(1, "A7", "APPLICANT", LOST, false);
        away.returned(LOST.plusSeconds(20), true);
        away.returned(LOST.plusSeconds(90), false);
        assertEquals(LOST.plusSeconds(20), away.returnedAt());
        assertTrue(away.clockPaused());
        Absence member = new Absence(1, "M3", "MEMBER", LOST, false);
        member.returned(LOST.minusSeconds(1), false);
        assertEquals(0, member.seconds(null), "a return reported out of order is no negative length");
        assertFalse(member.clockPaused());
    }
}
