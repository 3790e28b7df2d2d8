package dev.careeradvisor.telegram;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Telegram's part of health: connected or what is wrong, and the adapter's counters. */
final class TelegramHealthIndicator implements HealthIndicator {

    private final TelegramConnector connector;
    private final TelegramMetrics metrics;

    TelegramHealthIndicator(TelegramConnector connector, TelegramMetrics metrics) {
        this.connector = connector;
        this.metrics = metrics;
    }

    @Override
    public Health health() {
        String problem = connector.problem();
        Health.Builder health = problem == null ? Health.up() : Health.down().withDetail("problem", problem);
        return health.withDetail("lastContact", String.valueOf(metrics.lastContact()))
                .withDetail("updates", metrics.updates.get())
                .withDetail("replies", metrics.replies.get())
                .withDetail("errors", metrics.errors.get())
                .withDetail("tooManyRequests", metrics.tooManyRequests.get())
                .build();
    }
}
