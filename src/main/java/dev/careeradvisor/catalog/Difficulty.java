package dev.careeradvisor.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** How hard a role is to master, in the words the role files use. */
public enum Difficulty {
    BEGINNER("Beginner"), INTERMEDIATE("Intermediate"), ADVANCED("Advanced"), EXPERT("Expert");

    private final String label;

    Difficulty(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
