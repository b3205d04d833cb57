package viva.defense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static viva.defense.DefenseFixture.BUILDING;
import static viva.defense.DefenseFixture.NOW;
import static viva.defense.DefenseFixture.defense;
import static viva.defense.DefenseFixture.identityChecked;
import static viva.defense.DefenseFixture.pass;
import static viva.defense.DefenseFixture.present;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import viva.people.Member;
import viva.round.TimeSpan;
import viva.security.UserAccount;
import viva.system.Refusal;
import viva.testing.Ids;

/**
 * A member stands down from one defense beyond the employer rule. The fixture's panel has seven
 * members, five eligible (1 to 5); with a quorum of 4 one of them may stand down, not two.
 */
class RecusalTest {

    private static final int QUORUM = 4;

    private static Member member(Defense d, long id) {
        return d.panel().members().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    private static Refusal refusal(Executable action) {
        return assertThrows(Refusal.class, action);
    }

    @Test
    void aRecusedMemberLeavesTheEligibleMembers() {
        Defense d = defense();
        Recusal r = d.recuse(member(d, 1), "曾指导该申报人", "secretary", false, QUORUM, NOW);
        assertEquals(1L, r.member().id());
        assertEquals("曾指导该申报人", r.reason());
        assertEquals("secretary", r.recordedBy());
        assertFalse(r.declared());
        assertEquals(NOW, r.recordedAt());
        assertEquals(List.of(2L, 3L, 4L, 5L), d.eligibleMemberIds());
        assertEquals(Set.of(1L), d.recusedMemberIds());
        assertFalse(d.isEligible(1));
        assertEquals("not_eligible", refusal(() -> d.requireEligibleVoter(1)).code());
    }

    @Test
    void aRecusedMemberIsNotCountedForTheQuorumNorTheTally() {
        Defense d = identityChecked(defense());
        d.admitApplicant(present(true), NOW);
        d.recuse(member(d, 1), "利益冲突", "m1", true, QUORUM, NOW);
        Refusal noQuorum = refusal(() -> d.advanceTo(DefenseStage.VOTING, present(false, 1, 2, 3, 6), QUORUM, NOW));
        assertEquals("no_quorum", noQuorum.code(), "members 1 and 6 stand down: two of four present count");
        d.advanceTo(DefenseStage.VOTING, present(false, 1, 2, 3, 4, 5), QUORUM, NOW);
        assertEquals(Set.of(2L, 3L, 4L, 5L), d.votingPresentMemberIds());
        d.markPresentForVoting(1);
        assertEquals(Set.of(2L, 3L, 4L, 5L), d.votingPresentMemberIds());
        Tally tally = d.tally(List.of(pass(2), pass(3), pass(4), pass(5)), QUORUM);
        assertEquals(4, tally.eligible());
        assertEquals(4, tally.present());
    }

    @Test
    void notBelowTheQuorum() {
        Defense d = defense();
        d.recuse(member(d, 1), "利益冲突", "secretary", false, QUORUM, NOW);
        Refusal lost = refusal(() -> d.recuse(member(d, 2), "利益冲突", "secretary", false, QUORUM, NOW));
        assertEquals("quorum_lost", lost.code());
        assertEquals(Refusal.Kind.CONFLICT, lost.kind());
        assertEquals(Map.of("quorum", 4, "eligible", 4), lost.details());
        assertEquals(List.of(2L, 3L, 4L, 5L), d.eligibleMemberIds(), "nothing changed");
        assertEquals(1, d.recusals().size());
    }

    @Test
    void onceOnlyAndNotForAMemberWhoStandsDownAlready() {
        Defense d = defense();
        d.recuse(member(d, 1), "利益冲突", "secretary", false, 3, NOW);
        assertEquals("already_recused", refusal(() -> d.recuse(member(d, 1), "再次", "m1", true, 3, NOW)).code());
        assertEquals("already_recused", refusal(() -> d.recuse(member(d, 6), "同单位", "m6", true, 3, NOW)).code(),
                "member 6 shares the applicant's employer");
    }

    @Test
    void onlyAMemberOfThePanel() {
        Defense d = defense();
        Member outsider = Ids.assign(new Member("外组专家", "别的单位", List.of(BUILDING),
                new UserAccount("x9", "hash", viva.system.Roles.MEMBER, NOW), NOW), 99);
        Refusal refused = refusal(() -> d.recuse(outsider, "利益冲突", "secretary", false, 3, NOW));
        assertEquals("member_not_on_panel", refused.code());
        assertEquals(Refusal.Kind.NOT_FOUND, refused.kind());
    }

    @Test
    void onlyBeforeVotingOpens() {
        Defense d = defense();
        d.advanceTo(DefenseStage.QUESTIONS, Presence.NOBODY, QUORUM, NOW);
        identityChecked(d).admitApplicant(present(true), NOW);
        d.recuse(member(d, 1), "提问中发现利益冲突", "m1", true, QUORUM, NOW);
        d.advanceTo(DefenseStage.VOTING, present(false, 2, 3, 4, 5), QUORUM, NOW);
        assertEquals("voting_open", refusal(() -> d.recuse(member(d, 2), "太迟", "m2", true, 3, NOW)).code());
        d.close(List.of(), QUORUM, NOW);
        assertEquals("defense_closed", refusal(() -> d.recuse(member(d, 2), "太迟", "m2", true, 3, NOW)).code());
    }

    @Test
    void aMovedDefenseKeepsItsRecusals() {
        Defense d = defense();
        d.recuse(member(d, 3), "利益冲突", "secretary", false, QUORUM, NOW);
        d.reschedule(d.panel(), TimeSpan.of(NOW.plusSeconds(7200), 30), List.of(1L, 2L, 3L, 4L, 5L));
        assertEquals(List.of(1L, 2L, 4L, 5L), d.eligibleMemberIds());
        assertTrue(d.recusedMemberIds().contains(3L));
    }
}
