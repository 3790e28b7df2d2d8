package dev.careeradvisor.compare;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a verdict decides, named as in the JSON API. */
public enum Criterion {
    SALARY_CEILING("salaryCeiling"),
    ENTRY_BARRIER("entryBarrier"),
    DEMAND("demand"),
    AI_REPLACEMENT_RISK("aiReplacementRisk");

    private final String key;

    Criterion(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}
