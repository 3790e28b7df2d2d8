package dev.careeradvisor.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

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

    /** Gives a claim back, so that the delivery is taken again (its work failed). */
    public void release(Platform platform, String deliveryId) {
        jdbc.sql("delete from delivery where platform = ? and delivery_id = ?").params(platform.name(), deliveryId).update();
    }

    /** The live claims whose ids start with {@code prefix}. */
    public List<String> claimed(Platform platform, String prefix) {
        return jdbc.sql("select delivery_id from delivery where platform = ? and delivery_id like ? and expires_at > ?")
                .params(platform.name(), prefix.replace("%", "\\%").replace("_", "\\_") + "%",
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(String.class).list();
    }

    /** Forgets deliveries past their lifespan; returns how many. */
    public int purgeExpired() {
        return jdbc.sql("delete from delivery where expires_at <= ?")
                .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
    }
}
