package dev.careeradvisor.telegram;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/** Counts what the adapter did, for health now and for the metrics endpoint later. */
final class TelegramMetrics {

    final AtomicLong updates = new AtomicLong();
    final AtomicLong replies = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong tooManyRequests = new AtomicLong();
    private final AtomicReference<Instant> lastContact = new AtomicReference<>();

    void update() {
        updates.incrementAndGet();
        contact();
    }

    void sent() {
        replies.incrementAndGet();
        contact();
    }

    void error() {
        errors.incrementAndGet();
    }

    void tooManyRequests() {
        tooManyRequests.incrementAndGet();
    }

    void contact() {
        lastContact.set(Instant.now());
    }

    @Nullable
    Instant lastContact() {
        return lastContact.get();
    }
}
