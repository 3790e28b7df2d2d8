package dev.careeradvisor.discord;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Discord's part of health: every shard connected, or what is wrong; each shard's state, the gateway ping and the counters. */
final class DiscordHealthIndicator implements HealthIndicator {

    private final DiscordConnector connector;
    private final DiscordMetrics metrics;

    DiscordHealthIndicator(DiscordConnector connector, DiscordMetrics metrics) {
        this.connector = connector;
        this.metrics = metrics;
    }

    @Override
    public Health health() {
        String problem = connector.problem();
        Health.Builder health = problem == null ? Health.up() : Health.down().withDetail("problem", problem);
        return health.withDetail("shards", connector.statuses())
                .withDetail("pingMillis", connector.ping())
                .withDetail("interactions", metrics.interactions())
                .withDetail("errors", metrics.errors())
                .build();
    }
}
