package viva.people;

import viva.system.Labelled;

import java.util.List;

/** Where an application stands (notice, sections 三 and 四.14). */
public enum ApplicantStatus implements Labelled {
    SUBMITTED("已提交", List.of("已申报", "待审核")),
    RETURNED("已退回", List.of("退回", "材料退回")),
    WITHDRAWN("已放弃", List.of("放弃", "已撤回", "撤回")),
    COMMITTEE_RECEIVED("评审委员会已接收材料", List.of("已接收", "评委会已接收")),
    FEE_PAID("已缴费", List.of("缴费完成"));

    private final String label;
    private final List<String> aliases;

    ApplicantStatus(String label, List<String> aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    @Override
    public boolean matches(String text) {
        return name().equalsIgnoreCase(text) || label.equals(text) || aliases.contains(text);
    }
}
