package dev.careeradvisor.discord;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Discord wants every interaction acknowledged within 3 seconds. A reply that is ready in time is
 * the acknowledgement; one that is not (a slow database, a slow download) is deferred when the
 * deadline nears, and then arrives as an edit of the deferred response. Whichever comes first wins.
 */
final class Acknowledgement {

    /** Leaves a second of Discord's three for the deferral to get there. */
    static final Duration DEADLINE = Duration.ofMillis(2000);

    private final AtomicBoolean taken = new AtomicBoolean();

    private Acknowledgement() {
    }

    /** Starts the clock: unless the reply takes the acknowledgement first, {@code defer} runs at the deadline. */
    static Acknowledgement watch(ScheduledExecutorService timers, Runnable defer) {
        Acknowledgement acknowledgement = new Acknowledgement();
        timers.schedule(() -> {
            if (acknowledgement.take()) {
                defer.run();
            }
        }, DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        return acknowledgement;
    }

    /** An acknowledgement made already (a deferral sent right away). */
    static Acknowledgement deferred() {
        Acknowledgement acknowledgement = new Acknowledgement();
        acknowledgement.taken.set(true);
        return acknowledgement;
    }

    /** True once, for whoever acknowledges the interaction: then the reply itself is the acknowledgement. */
    boolean take() {
        return taken.compareAndSet(false, true);
    }
}
