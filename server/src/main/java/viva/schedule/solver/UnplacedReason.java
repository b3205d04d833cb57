package viva.schedule.solver;

/**
 * Why an applicant is left out of a plan, each with what the secretariat can do about it. The
 * code travels in the API; the text is what the console shows.
 */
public enum UnplacedReason {

    NO_PANEL_FOR_SPECIALTY("no_panel_for_specialty", "没有专家组负责专业 %s：请为该专业组建专家组，或让现有专家组兼管该专业。"),
    QUORUM_LOST_TO_RECUSAL("quorum_lost_to_recusal",
            "负责专业 %s 的每个专家组在回避后都不足法定人数：请增补与申报人不同单位的专家。"),
    NO_FREE_SLOT("no_free_slot", "负责专业 %s 的专家组在评审期内没有空闲时段：请增加评审日、时段或专家组。");

    private final String code;
    private final String text;

    UnplacedReason(String code, String text) {
        this.code = code;
        this.text = text;
    }

    public String code() {
        return code;
    }

    /** The sentence for the console, naming the applicant's specialty. */
    public String describe(String specialtyCode) {
        return String.format(text, specialtyCode == null ? "" : specialtyCode);
    }
}
