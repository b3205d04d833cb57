package viva.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SpecialtyCatalogTest {

    @Test
    void hasTwentySixEngineeringSpecialtiesAndTheAgricultureSeries() {
        List<SpecialtyCatalog.Entry> entries = SpecialtyCatalog.read();
        assertEquals(26, entries.stream().filter(e -> e.series() == Series.ENGINEERING).count());
        assertEquals(1, entries.stream().filter(e -> e.series() == Series.AGRICULTURE).count());
        assertEquals(entries.size(), new HashSet<>(entries.stream().map(SpecialtyCatalog.Entry::code).toList()).size());
    }

    /** The names are the notice's own, in its order (section 一 of the notice in shared/seeds). */
    @Test
    void engineeringNamesFollowTheNotice() throws IOException {
        Path notice = Path.of("../../shared/seeds/000_f773780291613610.txt");
        if (!Files.exists(notice)) {
            notice = Path.of("../shared/seeds/000_f773780291613610.txt");
        }
        List<String> names = SpecialtyCatalog.read().stream()
                .filter(e -> e.series() == Series.ENGINEERING)
                .map(SpecialtyCatalog.Entry::name)
                .toList();
        if (Files.exists(notice)) {
            String text = Files.readString(notice, StandardCharsets.UTF_8);
            Matcher line = Pattern.compile("工程系列：(.*)。").matcher(text);
            assertTrue(line.find(), "the notice lists the engineering specialties");
            assertEquals(List.of(line.group(1).split("、")), names);
        } else {
            assertEquals("建材专业", names.get(0));
            assertEquals("葡萄酒专业", names.get(25));
        }
    }
}
