package viva.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void datesAndMomentsStayWhereTheDatabaseCanKeepThem() {
        assertEquals(2026, Values.date("d", "2026-12-07").getYear());
        assertEquals(9999, Values.date("d", "9999-12-31").getYear());
        for (String text : new String[] {"+10000-01-01", "-999999999-01-01", "0000-12-31"}) {
            Refusal e = assertThrows(Refusal.class, () -> Values.date("defenseFrom", text), text);
            assertEquals("invalid_value", e.code());
        }
        assertThrows(Refusal.class, () -> Values.dateTime("returnedAt", "+99999-01-01T00:00:00Z"));
        assertThrows(Refusal.class, () -> Values.dateTime("returnedAt", "9999-12-31T23:00:00-12:00"));
        assertThrows(Refusal.class, () -> Values.instant("start", "-0001-01-01T09:00", ZoneId.of("UTC")));
    }
}
