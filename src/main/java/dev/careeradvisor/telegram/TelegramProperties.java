package dev.careeradvisor.telegram;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Telegram adapter's settings; the token comes only from the environment ({@code TELEGRAM_BOT_TOKEN}).
 *
 * @param apiUrl         the Bot API's base address: Telegram's, a local Bot API server, or a test's fake
 * @param pollTimeout    how long one long poll waits for updates
 * @param outgoingLimits whether sends keep to Telegram's limits (1 a second per chat, 20 a minute per
 *                       group, 30 a second in all); off only for measuring raw throughput
 * @param webhook        webhook mode, for several instances behind a load balancer
 */
@Validated
@ConfigurationProperties("telegram")
record TelegramProperties(
        @DefaultValue("https://api.telegram.org") @NotNull URI apiUrl,
        @DefaultValue("50s") @NotNull Duration pollTimeout,
        @DefaultValue("true") boolean outgoingLimits,
        @DefaultValue Webhook webhook) {

    /**
     * @param url         the public address Telegram posts updates to, ending in {@code /telegram/webhook};
     *                    unset means long polling
     * @param secretToken the secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}, the same
     *                    on every instance (1 to 256 characters of A-Z, a-z, 0-9, _ and -)
     */
    record Webhook(@Nullable URI url, @Nullable String secretToken) {
        boolean enabled() {
            return url != null;
        }
    }

    int pollSeconds() {
        return (int) Math.max(0, Math.min(50, pollTimeout.toSeconds()));
    }
}
