package dev.careeradvisor.discord;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what the adapter served, by kind of interaction, and its errors: for health now and the metrics endpoint later. */
final class DiscordMetrics {

    private final Map<String, AtomicLong> interactions = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();

    void interaction(String kind) {
        interactions.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    void error() {
        errors.incrementAndGet();
    }

    /** Interactions served so far, by command name (or button, menu, form, autocomplete). */
    Map<String, Long> interactions() {
        Map<String, Long> counts = new TreeMap<>();
        interactions.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    long errors() {
        return errors.get();
    }
}
