package dev.careeradvisor.compare;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tuning of the comparison engine.
 *
 * @param cacheSize        how many comparisons to keep ready
 * @param relatedThreshold the relatedness (0 to 1) from which two skills count as related; the
 *                         default is the one measured against the labelled skill pairs
 */
@Validated
@ConfigurationProperties("compare")
record CompareProperties(
        @DefaultValue("10000") @Positive int cacheSize,
        @DefaultValue(CompareProperties.DEFAULT_RELATED_THRESHOLD) @DecimalMin("0.01") @DecimalMax("1.0") double relatedThreshold) {

    /** Measured by RelatedSkillsEvaluationTest: precision 1.00, recall 0.78 on 81 labelled pairs. */
    static final String DEFAULT_RELATED_THRESHOLD = "0.33";
}
