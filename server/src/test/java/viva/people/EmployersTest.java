package viva.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import viva.schedule.solver.MemberFact;
import viva.schedule.solver.PanelFact;
import viva.schedule.solver.Recusal;

/** Two spellings of one employer are the same employer (回避); two companies stay two. */
class EmployersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            // legal-form suffixes
            "新疆天山建设工程有限公司|新疆天山建设工程有限责任公司",
            "新疆天山建设工程有限公司|新疆天山建设工程股份有限公司",
            "新疆天山建设工程有限责任公司|新疆天山建设工程股份有限公司",
            "新疆天山建设工程有限公司|新疆天山建设工程",
            // spaces: half-width, full-width (U+3000), tabs, inside and around
            "新疆天山建设工程有限公司|' 新疆天山 建设工程 有限公司 '",
            "新疆天山建设工程有限公司|新疆天山\u3000建设工程有限公司",
            "新疆天山建设工程有限公司|新疆天山建设工程\t有限公司",
            // full- and half-width forms
            "中铁二十局集团第3工程有限公司|中铁二十局集团第３工程有限公司",
            "ＡＢＣ工程咨询有限公司|ABC工程咨询有限公司",
            // （） versus ()
            "天山建设（新疆）有限公司|天山建设(新疆)有限公司",
            "（新疆）天山建设有限责任公司|(新疆)天山建设有限公司",
            // several differences at once
            "中国铁建（新疆）第３工程 有限公司|中国铁建(新疆)第3工程股份有限公司",
    })
    void theseSpellingsAreOneEmployer(String a, String b) {
        assertTrue(Employers.same(a, b), a + " and " + b + " are one employer");
        assertTrue(Employers.same(b, a), "in either order");
        assertEquals(Employers.key(a), Employers.key(b));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "天山建设有限公司|天山设计有限公司",
            "新疆天山建设工程有限公司|新疆天山建设有限公司",
            "天山建设（新疆）有限公司|天山建设（甘肃）有限公司",
            "新疆天山建设工程有限公司|新疆天山建设工程有限公司乌鲁木齐分公司",
            "天山建设有限公司|天山建设集团有限公司",
    })
    void differentCompaniesStayDifferent(String a, String b) {
        assertFalse(Employers.same(a, b), a + " and " + b + " are two employers");
        assertFalse(Employers.same(b, a));
    }

    @Test
    void noNameIsNobodysEmployer() {
        assertFalse(Employers.same(null, null));
        assertFalse(Employers.same("", ""));
        assertFalse(Employers.same("  \u3000", " "));
        assertFalse(Employers.same("有限公司", "有限责任公司"), "a bare legal form names no employer");
    }

    @Test
    void onlyATrailingLegalFormIsIgnored() {
        assertEquals("有限公司天山", Employers.key("有限公司天山"));
        assertEquals("天山", Employers.key("天山股份有限公司"));
    }

    @Test
    void theSolverRecusesByTheSameRule() {
        PanelFact panel = new PanelFact(1, Set.of("ENG01"), List.of(
                new MemberFact(1, "新疆天山建设工程有限公司"),
                new MemberFact(2, "新疆天山建设工程 股份有限公司"),
                new MemberFact(3, "新疆天山设计有限公司"),
                new MemberFact(4, "（新疆）天山建设工程有限公司"),
                new MemberFact(5, "ＸＪ天山建设工程有限公司")));
        assertEquals(Set.of(3L, 4L, 5L), Recusal.eligibleMembers(panel, "新疆天山建设工程有限责任公司"));
        assertEquals(Set.of(1L, 2L, 3L, 5L), Recusal.eligibleMembers(panel, "(新疆)天山建设工程有限责任公司"));
        assertEquals(Set.of(1L, 2L, 3L, 4L), Recusal.eligibleMembers(panel, "XJ 天山建设工程有限公司"));
    }
}
