package viva.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import viva.catalog.TitleLevel;
import viva.system.Values;

/** The demo data set is what a newcomer sees first: it must be valid and varied. */
class DemoSeedTest {

    @Test
    void demoApplicantsAreFortyValidPeopleOfEveryLevelAndStatus() throws IOException {
        byte[] content;
        try (InputStream in = DemoSeedTest.class.getResourceAsStream("/viva/seeds/demo/applicants.csv")) {
            content = in.readAllBytes();
        }
        ApplicantCsv.Parsed parsed = ApplicantCsv.parse(content, 1L);
        assertTrue(parsed.rejected().isEmpty(), parsed.rejected().toString());
        assertEquals(40, parsed.lines().size());
        Set<TitleLevel> levels = EnumSet.noneOf(TitleLevel.class);
        Set<ApplicantStatus> statuses = EnumSet.noneOf(ApplicantStatus.class);
        for (ApplicantCsv.Line line : parsed.lines()) {
            NewApplicant r = line.request();
            assertTrue(IdNumber.problem(r.idNumber(), LocalDate.of(2026, 11, 29)).isEmpty(), r.idNumber());
            assertEquals(Values.enumValue("gender", Gender.class, r.gender()),
                    IdNumber.parse(r.idNumber(), LocalDate.of(2026, 11, 29)).gender(), r.idNumber());
            levels.add(Values.enumValue("level", TitleLevel.class, r.level()));
            statuses.add(Values.enumValue("status", ApplicantStatus.class, r.status()));
        }
        assertEquals(EnumSet.allOf(TitleLevel.class), levels);
        assertEquals(EnumSet.allOf(ApplicantStatus.class), statuses);
    }
}
