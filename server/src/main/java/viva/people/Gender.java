package viva.people;

import viva.system.Labelled;

public enum Gender implements Labelled {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    @Override
    public boolean matches(String text) {
        return name().equalsIgnoreCase(text) || label.equals(text);
    }
}
