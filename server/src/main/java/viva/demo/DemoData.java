package viva.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import viva.system.InTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import viva.panel.NewPanel;
import viva.panel.PanelService;
import viva.people.ApplicantService;
import viva.people.Member;
import viva.people.NewMember;
import viva.people.MemberService;
import viva.round.EvaluationRound;
import viva.round.RoundRepository;
import viva.round.NewRound;
import viva.round.RoundService;

/**
 * The demo round from the seeds module: one round, three panels of seven experts, forty
 * applicants. It goes through the same services as the API, so it obeys the same rules.
 */
@ApplicationScoped
public class DemoData {

    /** The demo experts' password; their accounts exist only where the demo was loaded. */
    public static final String EXPERT_PASSWORD = "viva-demo-2026";
    private static final String BASE = "/viva/seeds/demo/";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    public record PanelSeed(String name, List<String> specialtyCodes, List<String> memberUsernames, String chairUsername) {
    }

    @Inject
    @ConfigProperty(name = "viva.demo", defaultValue = "true")
    boolean wanted;

    @Inject
    RoundRepository rounds;

    @Inject
    Clock clock;

    @Inject
    RoundService roundService;

    @Inject
    MemberService members;

    @Inject
    PanelService panels;

    @Inject
    ApplicantService applicants;

    /** Loads the demo into an empty database, unless VIVA_DEMO=false. */
    @InTransaction
    public void loadIfWanted() {
        if (!wanted || rounds.count() > 0) {
            return;
        }
        try (Jsonb jsonb = JsonbBuilder.create()) {
            EvaluationRound round = roundService.create(fromTomorrow(jsonb.fromJson(text("round.json"),
                    NewRound.class)));
            Map<String, Long> memberIds = new HashMap<>();
            for (CSVRecord row : csv("experts.csv")) {
                Member member = members.create(new NewMember(row.get("name"), row.get("employer"),
                        Arrays.asList(row.get("specialtyCodes").split(";")), row.get("username"), EXPERT_PASSWORD));
                memberIds.put(row.get("username"), member.id());
            }
            PanelSeed[] seeds = jsonb.fromJson(text("panels.json"), PanelSeed[].class);
            for (PanelSeed seed : seeds) {
                panels.create(new NewPanel(round.id(), seed.name(), seed.specialtyCodes(),
                        seed.memberUsernames().stream().map(memberIds::get).toList(),
                        memberIds.get(seed.chairUsername())));
            }
            ApplicantService.ImportResult imported = applicants.importCsv(round.id(), bytes("applicants.csv"));
            if (!imported.rejected().isEmpty()) {
                throw new IllegalStateException("the demo applicants do not import cleanly: " + imported.rejected());
            }
            LOG.info("Viva loaded the demo round \"" + round.name() + "\": " + memberIds.size() + " experts, "
                    + seeds.length + " panels, " + imported.created() + " applicants.");
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the demo data cannot be read", e);
        }
    }

    /**
     * The seed's round moved to start the day after the first start, keeping its length and
     * leaving its weekends out: a demo whose dates had passed could schedule nothing.
     */
    NewRound fromTomorrow(NewRound seed) {
        ZoneId zone = ZoneId.of(seed.timeZone());
        LocalDate seedFrom = LocalDate.parse(seed.defenseFrom());
        long days = ChronoUnit.DAYS.between(seedFrom, LocalDate.parse(seed.defenseTo()));
        LocalDate from = LocalDate.now(clock.withZone(zone)).plusDays(1);
        LocalDate to = from.plusDays(days);
        List<String> weekends = from.datesUntil(to.plusDays(1))
                .filter(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)
                .map(LocalDate::toString).toList();
        return new NewRound(seed.name(), seed.year(), seed.timeZone(), from.toString(), to.toString(),
                seed.dailyWindows(), seed.stageMinutes(), seed.changeoverMinutes(), weekends, null);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = DemoData.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource " + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes(name)),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
