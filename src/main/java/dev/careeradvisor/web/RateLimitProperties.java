package dev.careeradvisor.web;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much one client address may ask of the HTTP API.
 *
 * @param burst     requests a client may send at once
 * @param perMinute requests a client regains each minute, spread evenly
 */
@Validated
@ConfigurationProperties("web.rate-limit")
record RateLimitProperties(@DefaultValue("60") @Positive int burst, @DefaultValue("120") @Positive int perMinute) {
}
