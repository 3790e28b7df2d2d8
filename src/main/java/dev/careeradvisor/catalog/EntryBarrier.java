package dev.careeradvisor.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** How hard a role is to get into; declared from lowest to highest, so the natural order compares. */
public enum EntryBarrier {
    LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    EntryBarrier(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
