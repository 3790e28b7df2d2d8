package dev.careeradvisor.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Remembers which platform deliveries (a Telegram update id, a Discord interaction id) were taken,
 * so that a delivery that arrives twice, on any instance, is answered once.
 */
public class DeliveryStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public DeliveryStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True for the first claim of a delivery within {@code lifespan}; false when it was already taken. */
    public boolean claim(Platform platform, String deliveryId, Duration lifespan) {
        try {
            jdbc.sql("insert into delivery (platform, delivery_id, expires_at) values (?, ?, ?)")
                    .params(platform.name(), deliveryId, OffsetDateTime.ofInstant(clock.instant().plus(lifespan), ZoneOffset.UTC))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Forgets deliveries past their lifespan; returns how many. */
    public int purgeExpired() {
        return jdbc.sql("delete from delivery where expires_at <= ?")
                .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
    }
}
