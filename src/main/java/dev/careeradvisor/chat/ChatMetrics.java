package dev.careeradvisor.chat;

import java.time.Duration;
import java.util.Locale;

import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.compare.Comparison;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every platform's commands did, measured in one place: commands served by platform, command
 * and outcome, reply latency as a histogram, errors by kind, rate-limit waits. Each command also
 * gets one log line (platform, command, outcome, latency, and the roles it was about, but never
 * what people typed).
 */
public final class ChatMetrics {

    private static final Logger log = LoggerFactory.getLogger("dev.careeradvisor.commands");

    private final MeterRegistry registry;

    public ChatMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Metrics kept in memory only, for tests and one-shot commands. */
    static ChatMetrics inMemory() {
        return new ChatMetrics(new SimpleMeterRegistry());
    }

    void served(Actor actor, String command, Reply reply, Duration took) {
        String platform = actor.platform().name().toLowerCase(Locale.ROOT);
        String outcome = reply.problem() == null ? "ok" : reply.problem().name().toLowerCase(Locale.ROOT);
        Counter.builder("careeradvisor.commands").description("Commands served")
                .tag("platform", platform).tag("command", command).tag("outcome", outcome).register(registry).increment();
        Timer.builder("careeradvisor.reply.latency").description("Time from a request to its reply")
                .tag("platform", platform).publishPercentileHistogram().register(registry).record(took);
        if (reply.problem() != null) {
            Counter.builder("careeradvisor.errors").description("Replies that report a problem, by kind")
                    .tag("kind", outcome).register(registry).increment();
        }
        if (reply.problem() == Reply.Problem.RATE_LIMITED) {
            Counter.builder("careeradvisor.rate.limit.waits").description("Requests asked to wait by the rate limits")
                    .tag("platform", platform).register(registry).increment();
        }
        log.info("platform={} command={} outcome={} latencyMs={}{}", platform, command, outcome, took.toMillis(), roles(reply));
    }

    private static String roles(Reply reply) {
        if (reply.data() instanceof Comparison comparison) {
            return " roles=" + comparison.a().slug() + "," + comparison.b().slug();
        }
        if (reply.data() instanceof Role role) {
            return " roles=" + role.slug();
        }
        return "";
    }
}
