package dev.careeradvisor.chat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the chat command layer.
 *
 * @param userPerMinute      commands one person may send a minute, on any platform (the local
 *                           console is not limited)
 * @param communityPerMinute commands one community (a guild, a group) may send a minute in all
 * @param pageSize           roles on one page of the catalog card
 */
@Validated
@ConfigurationProperties("chat")
record ChatProperties(
        @DefaultValue("20") @Positive int userPerMinute,
        @DefaultValue("120") @Positive int communityPerMinute,
        @DefaultValue("10") @Positive @Max(25) int pageSize) {
}
