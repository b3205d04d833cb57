package viva.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import viva.catalog.Series;
import viva.catalog.Specialty;
import viva.people.Member;
import viva.round.Rounds;
import viva.system.Roles;
import viva.security.UserAccount;

class PanelTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final Specialty BUILDING = new Specialty("ENG11", Series.ENGINEERING, "建筑专业", 11);
    private static final Specialty POWER = new Specialty("ENG18", Series.ENGINEERING, "电力专业", 18);

    private static List<Member> members(int count) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(new Member("专家" + i, "单位" + i, List.of(BUILDING),
                    new UserAccount("m" + i, "hash", Roles.MEMBER, NOW), NOW));
        }
        return members;
    }

    private static Panel panel(List<Member> members, Member chair) {
        return new Panel(Rounds.december2026(), "土建组", List.of(BUILDING), members, chair, NOW);
    }

    @Test
    void aPanelOfFiveToNineWithAChairFromItsMembers() {
        List<Member> five = members(5);
        assertEquals(5, panel(five, five.get(0)).size());
        List<Member> nine = members(9);
        Panel panel = panel(nine, nine.get(8));
        assertTrue(panel.covers(BUILDING));
        assertFalse(panel.covers(POWER));
    }

    @Test
    void refusesTooFewOrTooManyMembers() {
        List<Member> four = members(4);
        assertEquals("panel_size", assertThrows(PanelRuleException.class, () -> panel(four, four.get(0))).code());
        List<Member> ten = members(10);
        assertEquals("panel_size", assertThrows(PanelRuleException.class, () -> panel(ten, ten.get(0))).code());
    }

    @Test
    void theChairMustSitOnThePanel() {
        List<Member> six = members(6);
        Member outsider = members(1).get(0);
        assertEquals("chair_not_member", assertThrows(PanelRuleException.class, () -> panel(six, outsider)).code());
    }

    @Test
    void aMemberCannotBeListedTwice() {
        List<Member> five = members(5);
        List<Member> repeated = new ArrayList<>(five);
        repeated.set(4, five.get(0));
        assertEquals("duplicate_member",
                assertThrows(PanelRuleException.class, () -> panel(repeated, five.get(0))).code());
    }

    @Test
    void needsASpecialty() {
        List<Member> five = members(5);
        assertEquals("no_specialty", assertThrows(PanelRuleException.class, () -> new Panel(Rounds.december2026(),
                "空组", List.of(), five, five.get(0), NOW)).code());
    }
}
