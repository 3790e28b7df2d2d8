package dev.careeradvisor.admin;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who runs the bot.
 *
 * @param owners the people who may change the global catalog and every community's, as
 *               {@code platform:userId} ({@code discord:123}, {@code telegram:456}); the local
 *               console user is always an owner
 * @param suggestionsPerHour how many suggestions one person may send an hour
 */
@Validated
@ConfigurationProperties("admin")
record AdminProperties(
        @DefaultValue({}) List<@Pattern(regexp = "[a-z]+:[A-Za-z0-9_-]+", message = "must look like discord:123") String> owners,
        @DefaultValue("5") int suggestionsPerHour) {
}
