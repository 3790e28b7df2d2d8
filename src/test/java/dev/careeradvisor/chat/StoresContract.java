package dev.careeradvisor.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import dev.careeradvisor.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The component and dialogue stores, once per database (H2 and PostgreSQL subclasses). */
abstract class StoresContract {

    TestDatabase db;
    MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    final Actor sam = new Actor(Platform.TELEGRAM, "42", "Sam", "-100", false);

    abstract TestDatabase database();

    @BeforeEach
    void setUp() {
        db = database();
    }

    @AfterEach
    void tearDown() {
        if (db != null) {
            db.close();
        }
    }

    ComponentStore components() {
        return new ComponentStore(db.jdbc(), JsonMapper.builder().build(), clock);
    }

    ConversationStore conversations() {
        return new ConversationStore(db.jdbc(), JsonMapper.builder().build(), db.transactions(), clock);
    }

    @Test
    void aComponentKeyFitsAnyPlatformAndLeadsBackToItsCallUntilItExpires() {
        CommandCall call = CommandCall.of("compare", "a".repeat(200), "AI Model Routing Engineer — «quoted» \"role\"");
        String key = components().remember(call, sam, Duration.ofMinutes(15));
        assertThat(key).hasSize(16).matches("[A-Za-z2-9]+");
        assertThat(key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        ComponentStore afterRestart = components();
        assertThat(afterRestart.recall(key)).hasValueSatisfying(stored -> {
            assertThat(stored.call()).isEqualTo(call);
            assertThat(stored.requester()).isEqualTo("telegram:42");
        });
        clock.advance(Duration.ofMinutes(16));
        assertThat(afterRestart.recall(key)).isEmpty();
        assertThat(afterRestart.purgeExpired()).isEqualTo(1);
        assertThat(afterRestart.recall("no-such-key")).isEmpty();
    }

    @Test
    void aKeyJustMadeIsRecalledOnTheSameInstanceAndExpiresThereToo() {
        ComponentStore store = components();
        String key = store.remember(CommandCall.of("skills", "a", "b"), sam, Duration.ofMinutes(5));
        assertThat(store.recall(key)).hasValueSatisfying(stored -> assertThat(stored.call().command()).isEqualTo("skills"));
        clock.advance(Duration.ofMinutes(6));
        assertThat(store.recall(key)).isEmpty();
    }

    @Test
    void aClaimIsTakenOnceUntilItIsGivenBackAndClaimsAreFoundByPrefix() {
        DeliveryStore deliveries = new DeliveryStore(db.jdbc(), clock);
        assertThat(deliveries.claim(Platform.DISCORD, "commands:global=abc", Duration.ofDays(1))).isTrue();
        assertThat(deliveries.claim(Platform.DISCORD, "commands:global=abc", Duration.ofDays(1))).isFalse();
        deliveries.claim(Platform.DISCORD, "commands:guild:7=abc", Duration.ofDays(1));
        deliveries.claim(Platform.TELEGRAM, "commands:guild:8=abc", Duration.ofDays(1));

        assertThat(deliveries.claimed(Platform.DISCORD, "commands:guild:")).containsExactly("commands:guild:7=abc");
        deliveries.release(Platform.DISCORD, "commands:global=abc");
        assertThat(deliveries.claim(Platform.DISCORD, "commands:global=abc", Duration.ofDays(1))).isTrue();
        clock.advance(Duration.ofDays(2));
        assertThat(deliveries.claimed(Platform.DISCORD, "commands:")).isEmpty();
    }

    @Test
    void aPressKnowsWhetherItCameFromThePersonTheCardWasMadeFor() {
        String key = components().remember(CommandCall.of("compare", "a", "b"), sam, Duration.ofMinutes(5));
        Actor kim = new Actor(Platform.TELEGRAM, "43", "Kim", "-100", false);
        assertThat(components().press(key, sam)).hasValueSatisfying(press -> assertThat(press.byRequester()).isTrue());
        assertThat(components().press(key, kim)).hasValueSatisfying(press -> {
            assertThat(press.byRequester()).isFalse();
            assertThat(press.call()).isEqualTo(CommandCall.of("compare", "a", "b"));
        });
    }

    @Test
    void aDialogueCarriesOnAcrossARestartAndExpires() {
        conversations().save(sam, "advise", "remote", Map.of("coding", "yes"), Duration.ofMinutes(30));
        conversations().save(sam, "advise", "months", Map.of("coding", "yes", "remote", "any"), Duration.ofMinutes(30));
        ConversationStore afterRestart = conversations();
        assertThat(afterRestart.load(sam)).hasValueSatisfying(c -> {
            assertThat(c.step()).isEqualTo("months");
            assertThat(c.answers()).containsEntry("remote", "any");
        });
        Actor samElsewhere = new Actor(Platform.TELEGRAM, "42", "Sam", "-200", false);
        assertThat(afterRestart.load(samElsewhere)).isEmpty();
        clock.advance(Duration.ofMinutes(31));
        assertThat(afterRestart.load(sam)).isEmpty();
        assertThat(afterRestart.purgeExpired()).isEqualTo(1);
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
