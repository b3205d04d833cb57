package viva.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import viva.catalog.TitleLevel;
import viva.system.Refusal;
import viva.system.Values;

class LabelsTest {

    @Test
    void enumFieldsTakeNamesOrChineseLabels() {
        assertEquals(Gender.FEMALE, Values.enumValue("gender", Gender.class, "女"));
        assertEquals(Gender.MALE, Values.enumValue("gender", Gender.class, "male"));
        assertEquals(TitleLevel.SENIOR, Values.enumValue("level", TitleLevel.class, "正高级"));
        assertEquals(TitleLevel.DEPUTY_SENIOR, Values.enumValue("level", TitleLevel.class, "副高"));
        assertEquals(TitleLevel.INTERMEDIATE, Values.enumValue("level", TitleLevel.class, "中级"));
        assertEquals(ApplicantStatus.COMMITTEE_RECEIVED,
                Values.enumValue("status", ApplicantStatus.class, "评审委员会已接收材料"));
        assertEquals(ApplicantStatus.FEE_PAID, Values.enumValue("status", ApplicantStatus.class, " 已缴费 "));
    }

    @Test
    void anUnknownValueNamesTheFieldAndTheChoices() {
        Refusal e = assertThrows(Refusal.class, () -> Values.enumValue("level", TitleLevel.class, "特级"));
        assertEquals("invalid_value", e.code());
        assertEquals("level: expected one of SENIOR, DEPUTY_SENIOR, INTERMEDIATE, JUNIOR, got \"特级\"", e.getMessage());
    }
}
