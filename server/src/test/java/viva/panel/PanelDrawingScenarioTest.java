package viva.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import viva.audit.AuditRecord;
import viva.audit.CurrentActor;
import viva.catalog.Series;
import viva.catalog.Specialty;
import viva.catalog.SpecialtyCodes;
import viva.people.Employers;
import viva.people.Member;
import viva.round.EvaluationRound;
import viva.round.NewRound;
import viva.round.RoundService;
import viva.security.UserAccount;
import viva.system.Refusal;
import viva.system.Roles;
import viva.testing.Assembly;
import viva.testing.TestClock;
import viva.testing.memory.Memory;

/** The draw through the real services on in-memory repositories, down to its audit event. */
class PanelDrawingScenarioTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final CurrentActor SECRETARY = new CurrentActor() {
        @Override
        public String name() {
            return "secretary";
        }
    };

    private final Memory memory = new Memory();
    private PanelDrawing drawing;
    private EvaluationRound round;
    private final List<Member> building = new ArrayList<>();

    @BeforeEach
    void aPoolOfTwelveBuildingExpertsFromSixEmployersAndThreeSurveyors() {
        Assembly beans = new Assembly().provide(new TestClock(NOW)).provide(SECRETARY);
        memory.repositories().forEach(beans::provide);
        beans.assemble(viva.audit.AuditTrail.class);
        RoundService rounds = beans.assemble(RoundService.class);
        beans.assemble(SpecialtyCodes.class);
        beans.assemble(PanelService.class);
        drawing = beans.assemble(PanelDrawing.class);
        Specialty eng11 = new Specialty("ENG11", Series.ENGINEERING, "建筑专业", 11);
        Specialty eng20 = new Specialty("ENG20", Series.ENGINEERING, "测绘专业", 20);
        memory.specialties().store(eng11);
        memory.specialties().store(eng20);
        round = rounds.create(new NewRound("2026 职称评审", 2026, "Asia/Shanghai", "2026-12-07", "2026-12-18",
                List.of(new NewRound.Window("09:00", "12:00")),
                Map.of("SENIOR", stages(), "DEPUTY_SENIOR", stages(), "INTERMEDIATE", stages(), "JUNIOR", stages()),
                5, List.of(), null));
        for (int i = 0; i < 12; i++) {
            building.add(expert("建筑专家" + i, "设计院" + (i % 6), eng11));
        }
        for (int i = 0; i < 3; i++) {
            expert("测绘专家" + i, "测绘院" + i, eng20);
        }
    }

    @Test
    void theAuditEventLetsAnyoneDrawAgainAndGetTheSamePanel() {
        PanelDrawing.Result result = drawing.draw(request("土建一组", List.of(), 5, null));
        assertEquals(32, result.draw().seed().length(), "16 bytes from the secure source, in hex");
        assertEquals(12, result.draw().candidates());
        JsonObject event = lastEvent("panel.drawn");
        assertEquals(result.draw().seed(), event.getString("seed"));
        assertEquals(result.draw().candidateListSha256(), event.getString("candidateListSha256"));
        List<PanelDraw.Candidate> fromTrail = new ArrayList<>();
        for (JsonNumber id : event.getJsonArray("candidateIds").getValuesAs(JsonNumber.class)) {
            Member member = memory.members().find(id.longValue()).orElseThrow();
            fromTrail.add(new PanelDraw.Candidate(member.id(), Employers.key(member.employer())));
        }
        PanelDraw.Drawn again = PanelDraw.draw(event.getString("seed"), fromTrail, 5);
        assertEquals(result.draw(), again);
        assertEquals(result.draw().memberIds(), result.panel().members().stream().map(Member::id).toList());
        assertEquals(result.draw().chairId(), result.panel().chair().id());
    }

    @Test
    void aGivenSeedGivesTheSamePanelAndAnExpertDrawnBeforeStaysACandidate() {
        PanelDrawing.Result first = drawing.draw(request("土建一组", List.of(), 5, "announced on 2026-11-19"));
        PanelDrawing.Result second = drawing.draw(request("土建二组", List.of(), 5, "announced on 2026-11-19"));
        assertEquals(first.draw().memberIds(), second.draw().memberIds());
        assertEquals(first.draw().candidateListSha256(), second.draw().candidateListSha256());
    }

    @Test
    void excludedMembersAreNotCandidatesAndOneMemberPerEmployer() {
        List<Long> excluded = List.of(building.get(0).id(), building.get(1).id());
        PanelDrawing.Result drawn = drawing.draw(request("土建一组", excluded, 6, "s"));
        assertEquals(10, drawn.draw().candidates());
        assertTrue(drawn.draw().memberIds().stream().noneMatch(excluded::contains));
        Set<String> employers = new java.util.HashSet<>();
        drawn.panel().members().forEach(m -> employers.add(m.employer()));
        assertEquals(6, employers.size());
    }

    @Test
    void tooFewEmployersOrUnknownMembersAreRefusedAndNothingIsStored() {
        Refusal tooFew = assertThrows(Refusal.class, () -> drawing.draw(request("土建一组", List.of(), 7, null)));
        assertEquals("not_enough_experts", tooFew.code());
        assertEquals(Refusal.Kind.CONFLICT, tooFew.kind());
        Refusal unknown = assertThrows(Refusal.class,
                () -> drawing.draw(request("土建一组", List.of(987654L), 5, null)));
        assertEquals("unknown_member", unknown.code());
        assertTrue(memory.panels().findByRound(round).isEmpty());
        assertFalse(memory.audit().rows().stream().anyMatch(r -> r.action().equals("panel.drawn")));
    }

    private PanelDrawRequest request(String name, List<Long> excluded, int size, String seed) {
        return new PanelDrawRequest(round.id(), name, List.of("ENG11"), size, excluded, seed);
    }

    private Member expert(String name, String employer, Specialty specialty) {
        Member member = new Member(name, employer, List.of(specialty),
                new UserAccount(name, "not a password", Roles.MEMBER, NOW), NOW);
        memory.members().store(member);
        return member;
    }

    private JsonObject lastEvent(String action) {
        AuditRecord record = memory.audit().rows().stream().filter(r -> r.action().equals(action))
                .reduce((a, b) -> b).orElseThrow();
        return Json.createReader(new StringReader(record.payload())).readObject();
    }

    private static NewRound.Stages stages() {
        return new NewRound.Stages(10, 15, 5);
    }
}
