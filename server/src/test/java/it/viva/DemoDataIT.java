package it.viva;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.viva.support.Api;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The integration server starts on an empty database with the demo switched on. */
class DemoDataIT {

    private final Api api = Api.secretary();

    @Test
    void theDemoRoundIsLoadedWithPanelsApplicantsAndExpertAccounts() {
        JsonObject demo = api.get("/api/rounds").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("name").contains("民营企业专项职称评审"))
                .findFirst().orElseThrow(() -> new AssertionError("no demo round"));
        long round = demo.getJsonNumber("id").longValue();
        // The period starts the day after the first start (in the round's zone), twelve days long,
        // its weekends left out: whenever Viva is first started, the demo can be scheduled.
        LocalDate from = LocalDate.parse(demo.getString("defenseFrom"));
        LocalDate today = LocalDate.now(ZoneId.of(demo.getString("timeZone")));
        assertTrue(from.isAfter(today.minusDays(1)) && !from.isAfter(today.plusDays(1)), demo::toString);
        assertEquals(from.plusDays(11), LocalDate.parse(demo.getString("defenseTo")));
        List<String> weekends = from.datesUntil(from.plusDays(12))
                .filter(d -> d.getDayOfWeek().getValue() >= 6).map(LocalDate::toString).toList();
        assertEquals(weekends, demo.getJsonArray("excludedDates").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        List<JsonObject> panels = api.get("/api/panels?roundId=" + round).array().getValuesAs(JsonObject.class);
        assertEquals(3, panels.size());
        panels.forEach(p -> assertEquals(7, p.getJsonArray("members").size()));

        List<JsonObject> applicants = api.get("/api/applicants?roundId=" + round).array()
                .getValuesAs(JsonObject.class);
        assertEquals(40, applicants.size());
        Set<String> levels = applicants.stream().map(a -> a.getString("level")).collect(Collectors.toSet());
        assertEquals(Set.of("SENIOR", "DEPUTY_SENIOR", "INTERMEDIATE", "JUNIOR"), levels);
        Set<String> statuses = applicants.stream().map(a -> a.getString("status")).collect(Collectors.toSet());
        assertEquals(5, statuses.size());
        assertTrue(applicants.stream().anyMatch(a -> a.getString("ineligibility", "").equals("BARRED")));

        Set<String> expertEmployers = panels.stream()
                .flatMap(p -> p.getJsonArray("members").getValuesAs(JsonObject.class).stream())
                .map(m -> m.getString("employer")).collect(Collectors.toSet());
        assertTrue(applicants.stream().anyMatch(a -> expertEmployers.contains(a.getString("employer"))),
                "some applicants share an employer with an expert");

        assertEquals(200, Api.as("expert01", "viva-demo-2026").get("/api/specialties").status());
    }
}
