package viva.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import viva.testing.IdNumbers;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void acceptsAValidNumberAndReadsBirthDateAndGender() {
        String id = IdNumbers.of("650104", LocalDate.of(1968, 12, 24), 183, true);
        IdNumber parsed = IdNumber.parse(id, TODAY);
        assertEquals(LocalDate.of(1968, 12, 24), parsed.birthDate());
        assertEquals(Gender.MALE, parsed.gender());
        assertTrue(IdNumber.problem(id, TODAY).isEmpty());
    }

    @Test
    void evenSequenceDigitIsFemale() {
        String id = IdNumbers.of("652301", LocalDate.of(1979, 6, 3), 100, false);
        assertEquals(Gender.FEMALE, IdNumber.parse(id, TODAY).gender());
    }

    @Test
    void acceptsLowerCaseXAsCheckCharacter() {
        String id = "11010519491231002X";
        assertTrue(IdNumber.problem(id.toLowerCase(), TODAY).isEmpty(), IdNumber.problem(id, TODAY).toString());
        assertEquals(id, IdNumber.parse(id.toLowerCase(), TODAY).value());
    }

    @Test
    void refusesAWrongCheckCharacter() {
        String id = IdNumbers.of("650102", LocalDate.of(1990, 3, 7), 123, true);
        char wrong = id.charAt(17) == '0' ? '1' : '0';
        String broken = id.substring(0, 17) + wrong;
        assertTrue(IdNumber.problem(broken, TODAY).orElseThrow().contains("check character"));
        assertThrows(IllegalArgumentException.class, () -> IdNumber.parse(broken, TODAY));
    }

    @Test
    void refusesWrongLengthLettersAndImpossibleDates() {
        assertTrue(IdNumber.problem("65010219900307123", TODAY).orElseThrow().contains("18 characters"));
        assertTrue(IdNumber.problem("6501021990030712AX", TODAY).orElseThrow().contains("digits"));
        String feb30 = IdNumbers.of("650102", LocalDate.of(1990, 2, 28), 123, true).substring(0, 12) + "30123";
        String fixed = withCheck(feb30);
        assertTrue(IdNumber.problem(fixed, TODAY).orElseThrow().contains("not a calendar date"));
        String future = IdNumbers.of("650102", TODAY.plusDays(1), 123, true);
        assertTrue(IdNumber.problem(future, TODAY).orElseThrow().contains("not plausible"));
        assertTrue(IdNumber.problem("  ", TODAY).isPresent());
        assertTrue(IdNumber.problem(null, TODAY).isPresent());
    }

    private static String withCheck(String seventeen) {
        String body = seventeen.substring(0, 17);
        return body + IdNumber.checkCharacter(body + "0");
    }
}
