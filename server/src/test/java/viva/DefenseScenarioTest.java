package viva;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import viva.audit.AuditRecord;
import viva.audit.AuditTrail;
import viva.audit.CurrentActor;
import viva.catalog.Series;
import viva.catalog.Specialty;
import viva.catalog.SpecialtyCodes;
import viva.catalog.TitleLevel;
import viva.defense.Defense;
import viva.defense.DefenseCancelled;
import viva.defense.DefenseClosing;
import viva.defense.DefenseService;
import viva.defense.DefenseStage;
import viva.defense.FairClock;
import viva.defense.StageClock;
import viva.defense.Outcome;
import viva.defense.QuorumProducer;
import viva.panel.NewPanel;
import viva.panel.Panel;
import viva.panel.PanelService;
import viva.people.Applicant;
import viva.people.ApplicantFactory;
import viva.people.ApplicantService;
import viva.people.Member;
import viva.people.NewApplicant;
import viva.publication.PublicationService;
import viva.round.EvaluationRound;
import viva.round.NewRound;
import viva.round.RoundService;
import viva.room.JoinLink;
import viva.schedule.SchedulingService;
import viva.security.UserAccount;
import viva.signaling.RoomCommand;
import viva.signaling.RoomCommand.Admit;
import viva.signaling.RoomCommand.StageChanged;
import viva.signaling.RoomCommand.Voted;
import viva.signaling.RoomClock;
import viva.signaling.RoomStage;
import viva.system.Refusal;
import viva.system.Roles;
import viva.system.Tokens;
import viva.testing.Assembly;
import viva.testing.IdNumbers;
import viva.testing.RecordedEvents;
import viva.testing.TestClock;
import viva.testing.TestRoom;
import viva.testing.memory.Memory;
import viva.vote.Ballot;
import viva.vote.VoteBatcher;
import viva.vote.VoteWriter;
import viva.vote.VotingService;

/**
 * One whole defense through the real services, without a container, on repositories in memory:
 * scheduled, held (lobby, admission, stages, votes), closed and published. Seven experts sit on
 * the panel; the seventh works where the applicant works and stands down, leaving six eligible
 * and a quorum of ⌈⅔ × 7⌉ = 5.
 */
class DefenseScenarioTest {

    private static final Instant PLANNING = Instant.parse("2026-11-20T02:00:00Z");
    private static final String SECRETARY = "secretary";
    private static final String WANGS_EMPLOYER = "新疆天山建设工程有限公司";
    private static final String WANGS_LINK = "wang-join-token";
    private static final String IDENTITY_STILL = "5f".repeat(32);

    /** The real services, put together by hand over the in-memory repositories. */
    private record Viva(AuditTrail audit, RoundService rounds, PanelService panels, ApplicantService applicants,
            SchedulingService scheduling, DefenseService defenses, VotingService voting,
            PublicationService publication) {

        static Viva assemble(Assembly beans) {
            AuditTrail audit = beans.assemble(AuditTrail.class);
            RoundService rounds = beans.assemble(RoundService.class);
            beans.assemble(SpecialtyCodes.class);
            PanelService panels = beans.assemble(PanelService.class);
            beans.assemble(ApplicantFactory.class);
            ApplicantService applicants = beans.assemble(ApplicantService.class);
            beans.assemble(QuorumProducer.class);
            SchedulingService scheduling = beans.assemble(SchedulingService.class);
            DefenseService defenses = beans.assemble(DefenseService.class);
            beans.assemble(VoteWriter.class);
            beans.assemble(VoteBatcher.class);
            VotingService voting = beans.assemble(VotingService.class);
            return new Viva(audit, rounds, panels, applicants, scheduling, defenses, voting,
                    beans.assemble(PublicationService.class));
        }
    }

    private final Memory memory = new Memory();
    private final TestClock clock = new TestClock(PLANNING);
    private final TestRoom room = new TestRoom();
    private final RecordedEvents<RoomCommand> toTheRoom = new RecordedEvents<>();
    private final RecordedEvents<DefenseClosing> closings = new RecordedEvents<>();
    private Viva viva;
    private FairClock fairClock;

    private EvaluationRound round;
    private final List<Member> experts = new ArrayList<>();
    private Panel panel;
    private Applicant wang;
    private Applicant li;

    @BeforeEach
    void aRoundWithAPanelOfSevenAndTwoApplicants() {
        Assembly beans = new Assembly().provide(clock).provide(room).provide(signedIn(SECRETARY))
                .provide(new TypeLiteral<Event<RoomCommand>>() { }, toTheRoom)
                .provide(new TypeLiteral<Event<DefenseCancelled>>() { },
                        new RecordedEvents<>())
                .provide(new TypeLiteral<Event<DefenseClosing>>() { }, closings)
                // Only the CSV import validates, which the scenario does not use.
                .provide(Assembly.unused(Validator.class));
        memory.repositories().forEach(beans::provide);
        viva = Viva.assemble(beans);
        fairClock = beans.assemble(FairClock.class);

        Specialty building = new Specialty("ENG11", Series.ENGINEERING, "建筑专业", 11);
        memory.specialties().store(building);
        round = viva.rounds().create(new NewRound("2026 职称评审", 2026, "Asia/Shanghai", "2026-12-07", "2026-12-18",
                List.of(new NewRound.Window("09:00", "12:00"), new NewRound.Window("14:30", "18:00")),
                Map.of("SENIOR", stages(), "DEPUTY_SENIOR", stages(), "INTERMEDIATE", stages(), "JUNIOR", stages()),
                5, List.of(), null));
        for (int i = 1; i <= 7; i++) {
            Member expert = new Member("专家" + i, i < 7 ? "独立单位" + i : WANGS_EMPLOYER, List.of(building),
                    new UserAccount("expert" + i, "not a password", Roles.MEMBER, PLANNING), PLANNING);
            memory.members().store(expert);
            experts.add(expert);
        }
        panel = viva.panels().create(new NewPanel(round.id(), "土建组", List.of("ENG11"),
                experts.stream().map(Member::id).toList(), experts.get(0).id()));
        wang = register("王建国", WANGS_EMPLOYER, 11);
        li = register("李明", "乌鲁木齐市建筑设计研究院", 23);
    }

    @Test
    void aDefenseFromItsScheduleToItsPublishedOutcome() {
        // The secretariat schedules 王建国 for the morning of the first day.
        Defense defense = viva.scheduling().schedule(wang.id(), panel.id(), "2026-12-07T09:00");
        long id = defense.id();
        assertEquals(DefenseStage.SCHEDULED, defense.stage());
        assertEquals(1, defense.number());
        assertEquals(List.of(1, 2, 3, 4, 5, 6).stream().map(this::expert).toList(), defense.eligibleMemberIds(),
                "the seventh expert shares the applicant's employer");
        // He cannot have a second defense, and 李明 cannot take the panel while it sits: nothing is stored for either.
        assertEquals(List.of("applicant_already_scheduled"),
                conflicts(() -> viva.scheduling().schedule(wang.id(), panel.id(), "2026-12-07T10:00")));
        assertEquals(List.of("panel_busy"),
                conflicts(() -> viva.scheduling().schedule(li.id(), panel.id(), "2026-12-07T09:20")));
        assertEquals(List.of(defense), memory.defenses().findByRound(round));

        // The day comes. The lobby opens a quarter of an hour early; the experts come in, bar one.
        Instant lobbyAt = defense.start().minus(Duration.ofMinutes(15));
        clock.set(lobbyAt);
        changeStage(defense, "LOBBY");
        room.enter(id, expert(1), expert(2), expert(3), expert(4), expert(7));
        assertEquals("not_waiting", refusal(() -> viva.defenses().admit(id, null, SECRETARY)));
        room.applicantWaits(id, true);
        // The secretary compares the applicant's live video with the photo on file, keeping a still.
        assertEquals("identity_not_verified", refusal(() -> viva.defenses().admit(id, null, SECRETARY)));
        viva.defenses().verifyIdentity(id, IDENTITY_STILL, 2048, SECRETARY);
        assertEquals(applicantInRoom(), viva.defenses().admit(id, null, SECRETARY));
        assertTrue(defense.applicantAdmitted());
        room.applicantWaits(id, false);

        clock.set(defense.start());
        changeStage(defense, "STATEMENT");
        clock.advance(Duration.ofMinutes(10));
        changeStage(defense, "QUESTIONS");

        // Four eligible experts are in (the seventh does not count): no vote without the fifth.
        clock.advance(Duration.ofMinutes(15));
        Instant votingAt = clock.instant();
        assertEquals("no_quorum", refusal(() -> changeStage(defense, "VOTING")));
        assertEquals(DefenseStage.QUESTIONS, defense.stage());
        room.enter(id, expert(5));
        changeStage(defense, "VOTING");

        // The five present vote PASS. A retry with the same key is answered as the first; another key is a second vote.
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ballots.add(vote(i, "PASS", null, "key-" + i));
        }
        Ballot retried = vote(1, "PASS", null, "key-1");
        assertTrue(retried.repeated());
        assertEquals(ballots.get(0).voteId(), retried.voteId());
        assertEquals("already_voted", refusal(() -> vote(1, "VETO", "换个主意，我反对通过。", "key-1b")));
        assertEquals("not_eligible", refusal(() -> vote(7, "PASS", null, "key-7")));
        assertEquals(5, memory.votes().findByDefense(defense).size());

        clock.advance(Duration.ofMinutes(5));
        Instant closedAt = clock.instant();
        changeStage(defense, "CLOSED");
        assertEquals(Outcome.PASSED, defense.outcome());
        assertEquals(hashOf("defense.result"), defense.closedAuditHead());

        // Until the round is published, the applicant's link shows no outcome; then it shows his.
        memory.roomAccess().store(new JoinLink(defense, Tokens.hash(WANGS_LINK), lobbyAt, lobbyAt.plus(
                Duration.ofDays(30))));
        assertFalse(viva.publication().forApplicant(id, WANGS_LINK).published());

        // The round is not settled while 李明 has had no defense; booked for the afternoon, he never comes.
        assertEquals("unsettled_applicants", refusal(() -> viva.publication().publish(round.id())));
        Defense absent = neverAttended(li, "2026-12-07T14:30");
        assertEquals(Outcome.ABSENT, absent.outcome());

        clock.advance(Duration.ofDays(2));
        PublicationService.Results results = viva.publication().publish(round.id());
        assertEquals(List.of(new PublicationService.Line(id, 1, wang.id(), "王建国", Outcome.PASSED, 1),
                new PublicationService.Line(absent.id(), 2, li.id(), "李明", Outcome.ABSENT, 1)), results.outcomes());
        assertEquals(hashOf("results.published"), results.head());
        assertEquals(viva.audit().head(), results.head());
        assertEquals(clock.instant(), results.publishedAt().toInstant());
        assertEquals(Outcome.PASSED, viva.publication().forApplicant(id, WANGS_LINK).outcome());

        // A published round's schedule no longer changes: not even 李明's re-defense, which ABSENT allows.
        assertEquals("round_published",
                refusal(() -> viva.scheduling().schedule(li.id(), panel.id(), "2026-12-08T09:00")));
        assertEquals(List.of(defense, absent), memory.defenses().findByRound(round));

        // The room was told each stage with what it means for the room, the admission, and who voted (never how).
        assertEquals(List.of(
                stageChanged(id, new RoomStage("LOBBY", false, false), lobbyAt),
                new Admit(id, applicantInRoom()),
                stageChanged(id, RoomStage.presenting("STATEMENT", true), defense.start()),
                stageChanged(id, RoomStage.presenting("QUESTIONS", true), defense.start().plusSeconds(600)),
                stageChanged(id, RoomStage.deliberating("VOTING", true), votingAt),
                voted(id, 1), voted(id, 2), voted(id, 3), voted(id, 4), voted(id, 5),
                stageChanged(id, new RoomStage("CLOSED", false, true), closedAt)),
                toTheRoom.fired().stream().filter(c -> c.defenseId() == id).toList());

        assertEquals(List.of("round.created", "panel.created", "applicant.registered", "applicant.registered",
                "defense.scheduled", "defense.stage", "identity.verified", "defense.admitted", "defense.stage",
                "defense.stage", "defense.stage", "vote.cast", "vote.cast", "vote.cast", "vote.cast", "vote.cast", "defense.stage",
                "defense.result", "defense.scheduled", "defense.stage", "defense.stage", "defense.result",
                "results.published"), auditActions());
        assertTrailVerifiesTo(results.head());
        assertEquals(List.of(id), closings.fired().stream().map(c -> c.defense().id()).filter(d -> d == id).toList(),
                "the keepers of evidence (recordings) hear of the close once, inside it");
    }

    @Test
    void oneVetoFailsTheDefense() {
        Defense defense = viva.scheduling().schedule(wang.id(), panel.id(), "2026-12-07T09:00");
        clock.set(defense.start());
        heldUntilVoting(defense);

        for (int i = 1; i <= 4; i++) {
            vote(i, "PASS", null, "key-" + i);
        }
        Ballot veto = vote(5, "VETO", "答辩人对结构抗震设计的提问未能作答。", "key-5");
        assertFalse(veto.repeated());
        changeStage(defense, "CLOSED");

        assertEquals(Outcome.FAILED, defense.outcome());
        neverAttended(li, "2026-12-07T14:30");
        PublicationService.Results results = viva.publication().publish(round.id());
        assertEquals(List.of(Outcome.FAILED, Outcome.ABSENT), results.outcomes().stream()
                .map(PublicationService.Line::outcome).toList());
        assertEquals(5, toTheRoom.fired(Voted.class).size());
        assertTrailVerifiesTo(results.head());
    }

    @Test
    void noRoundCanBePublishedWhileADefenseIsOpen() {
        Defense defense = viva.scheduling().schedule(wang.id(), panel.id(), "2026-12-07T09:00");
        assertEquals("defenses_not_closed", refusal(() -> viva.publication().publish(round.id())));
        assertNull(round.publishedAt());
        assertFalse(auditActions().contains("results.published"));
        assertEquals(DefenseStage.SCHEDULED, defense.stage());
    }

    // --- the story's steps

    /** The applicant's defense is booked and its lobby opened, but they never come: closed, it is ABSENT. */
    @Test
    void theApplicantSentToTheLobbyIsAdmittedBackButNeverWhileThePanelDeliberates() {
        Defense defense = viva.scheduling().schedule(wang.id(), panel.id(), "2026-12-07T09:00");
        long id = defense.id();
        clock.set(defense.start());
        changeStage(defense, "LOBBY");
        room.applicantWaits(id, true);
        viva.defenses().verifyIdentity(id, IDENTITY_STILL, 2048, SECRETARY);
        viva.defenses().admit(id, null, SECRETARY);
        room.applicantWaits(id, false);
        changeStage(defense, "STATEMENT");

        // The chair sends him out (RoomChair, over the live room): a return waits in the lobby.
        defense.sendApplicantToLobby(clock.instant());
        room.applicantWaits(id, true);
        assertFalse(defense.applicantGoesStraightIn());
        assertEquals(applicantInRoom(), viva.defenses().admit(id, null, SECRETARY));
        assertTrue(defense.applicantGoesStraightIn());
        room.applicantWaits(id, false);

        changeStage(defense, "QUESTIONS");
        room.enter(id, expert(1), expert(2), expert(3), expert(4), expert(5));
        changeStage(defense, "VOTING");
        room.applicantWaits(id, true);
        assertEquals("deliberation_private", refusal(() -> viva.defenses().admit(id, null, SECRETARY)));
        for (int i = 1; i <= 5; i++) {
            vote(i, "PASS", null, "again-" + i);
        }
        changeStage(defense, "CLOSED");
        assertEquals(Outcome.PASSED, defense.outcome(), "admitted once, he is not ABSENT for waiting outside");
        assertEquals(List.of("defense.admitted", "room.readmitted"), auditActions().stream()
                .filter(a -> a.endsWith("admitted")).toList());
    }

    private Defense neverAttended(Applicant applicant, String start) {
        Defense defense = viva.scheduling().schedule(applicant.id(), panel.id(), start);
        clock.set(defense.start().minus(Duration.ofMinutes(15)));
        changeStage(defense, "LOBBY");
        clock.set(defense.end());
        changeStage(defense, "CLOSED");
        return defense;
    }

    private Applicant register(String name, String employer, int sequence) {
        String idNumber = IdNumbers.of("650102", LocalDate.of(1975, 5, 5), sequence, true);
        return viva.applicants().register(new NewApplicant(round.id(), name, idNumber, "MALE", employer, "ENG11",
                TitleLevel.SENIOR.name(), "FEE_PAID", null, null, null, null));
    }

    @Test
    void theApplicantsLostConnectionCostsThemNoStatementTime() {
        Defense defense = viva.scheduling().schedule(wang.id(), panel.id(), "2026-12-07T09:00");
        long id = defense.id();
        String applicant = applicantInRoom();
        clock.set(defense.start().minus(Duration.ofMinutes(5)));
        changeStage(defense, "LOBBY");
        room.applicantWaits(id, true);
        viva.defenses().verifyIdentity(id, IDENTITY_STILL, 2048, SECRETARY);
        viva.defenses().admit(id, null, SECRETARY);
        room.applicantWaits(id, false);
        room.applicantInRoom(id, true);
        assertTrue(fairClock.followApplicant(id, applicant).isEmpty(), "admitted: nothing to resume");

        clock.set(defense.start());
        changeStage(defense, "STATEMENT");
        assertEquals(600, lastStage(id).clock().remainingSecondsAt(clock.instant()));
        assertFalse(lastStage(id).clock().paused());

        // Four minutes in, the applicant's connection is lost for 35 seconds: the clock waits for them.
        clock.advance(Duration.ofMinutes(4));
        room.applicantInRoom(id, false);
        StageClock paused = fairClock.followApplicant(id, applicant).orElseThrow();
        assertTrue(paused.paused());
        assertEquals(360, paused.remainingSeconds());
        assertTrue(fairClock.followApplicant(id, applicant).isEmpty(), "a second report of the same absence");
        clock.advance(Duration.ofSeconds(35));
        room.applicantInRoom(id, true);
        StageClock resumed = fairClock.followApplicant(id, applicant).orElseThrow();
        assertFalse(resumed.paused());
        assertEquals(360, resumed.remainingSeconds());
        List<RoomCommand.ClockChanged> told = toTheRoom.fired(RoomCommand.ClockChanged.class);
        assertEquals(List.of(true, false), told.stream().map(c -> c.clock().paused()).toList());

        // Away again when the secretariat moves on: the questions start paused, at their full length.
        clock.advance(Duration.ofMinutes(6));
        room.applicantInRoom(id, false);
        fairClock.followApplicant(id, applicant);
        clock.advance(Duration.ofSeconds(20));
        changeStage(defense, "QUESTIONS");
        clock.advance(Duration.ofSeconds(20));
        assertTrue(lastStage(id).clock().paused());
        assertEquals(900, lastStage(id).clock().remainingSecondsAt(clock.instant()));
        room.applicantInRoom(id, true);
        assertEquals(900, fairClock.followApplicant(id, applicant).orElseThrow().remainingSeconds());
        assertEquals(List.of("defense.clock.paused", "defense.clock.resumed", "defense.clock.paused",
                "defense.clock.resumed"), memory.audit().rows().stream().map(AuditRecord::action)
                        .filter(a -> a.startsWith("defense.clock.")).toList());
    }

    private StageChanged lastStage(long defenseId) {
        List<StageChanged> stages = toTheRoom.fired(StageChanged.class).stream()
                .filter(c -> c.defenseId() == defenseId).toList();
        return stages.get(stages.size() - 1);
    }

    /** The lobby, the applicant admitted, statement and questions, and voting open with five experts present. */
    private void heldUntilVoting(Defense defense) {
        changeStage(defense, "LOBBY");
        room.applicantWaits(defense.id(), true);
        viva.defenses().verifyIdentity(defense.id(), IDENTITY_STILL, 2048, SECRETARY);
        viva.defenses().admit(defense.id(), null, SECRETARY);
        room.applicantWaits(defense.id(), false);
        changeStage(defense, "STATEMENT");
        changeStage(defense, "QUESTIONS");
        room.enter(defense.id(), expert(1), expert(2), expert(3), expert(4), expert(5));
        changeStage(defense, "VOTING");
    }

    private void changeStage(Defense defense, String stage) {
        viva.defenses().changeStage(defense.id(), stage, SECRETARY);
    }

    /** The n-th expert votes through the service the REST API and the room's socket call. */
    private Ballot vote(int n, String decision, String reason, String idempotencyKey) {
        long defenseId = memory.defenses().attempts(wang).latest().orElseThrow().id();
        return viva.voting().cast(defenseId, "expert" + n, decision, reason, idempotencyKey);
    }

    // --- reading what happened

    private long expert(int n) {
        return experts.get(n - 1).id();
    }

    private String applicantInRoom() {
        return "A" + wang.id();
    }

    private Voted voted(long defenseId, int expert) {
        return new Voted(defenseId, "M" + expert(expert));
    }

    /** The stage as the room is told it: its clock starts at the stage's full length, running. */
    private static StageChanged stageChanged(long defenseId, RoomStage stage, Instant at) {
        Long full = switch (stage.name()) {
            case "STATEMENT" -> 600_000L;
            case "QUESTIONS" -> 900_000L;
            case "VOTING" -> 300_000L;
            default -> null;
        };
        return new StageChanged(defenseId, stage, at, new RoomClock(full, false, at));
    }

    private List<String> auditActions() {
        return memory.audit().rows().stream().map(AuditRecord::action).toList();
    }

    /** The hash of the last audit event with this action. */
    private String hashOf(String action) {
        return memory.audit().rows().stream().filter(r -> r.action().equals(action))
                .reduce((first, second) -> second).orElseThrow().hash();
    }

    private void assertTrailVerifiesTo(String head) {
        var verdict = viva.audit().verify(null);
        assertTrue(verdict.valid(), verdict::reason);
        assertEquals(memory.audit().rows().size(), verdict.events());
        assertEquals(head, verdict.head());
    }

    private static String refusal(Executable action) {
        return assertThrows(Refusal.class, action).code();
    }

    @SuppressWarnings("unchecked")
    private static List<String> conflicts(Executable action) {
        Refusal refusal = assertThrows(Refusal.class, action);
        assertEquals("scheduling_conflict", refusal.code());
        return ((List<Map<String, String>>) refusal.details().get("conflicts")).stream().map(c -> c.get("rule"))
                .toList();
    }

    private static NewRound.Stages stages() {
        return new NewRound.Stages(10, 15, 5);
    }

    /** The secretary, as the signed-in caller whose changes the audit trail records. */
    private static CurrentActor signedIn(String username) {
        return new CurrentActor() {
            @Override
            public String name() {
                return username;
            }
        };
    }
}
