package viva.catalog;

import viva.system.Labelled;

import java.util.List;

/** Professional-title levels. A defense is mandatory for the two senior levels (notice, section 五). */
public enum TitleLevel implements Labelled {
    SENIOR("正高级", List.of("正高", "正高级职称")),
    DEPUTY_SENIOR("副高级", List.of("副高", "副高级职称")),
    INTERMEDIATE("中级", List.of("中级职称")),
    JUNIOR("初级", List.of("初级职称"));

    private final String label;
    private final List<String> aliases;

    TitleLevel(String label, List<String> aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    public String label() {
        return label;
    }

    public boolean requiresDefense() {
        return this == SENIOR || this == DEPUTY_SENIOR;
    }

    /** Matches the enum name or a Chinese label as a provincial platform export writes it. */
    @Override
    public boolean matches(String text) {
        return name().equalsIgnoreCase(text) || label.equals(text) || aliases.contains(text);
    }
}
