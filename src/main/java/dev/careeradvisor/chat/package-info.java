/**
 * The one place where a chat message becomes a reply, for every platform: platform-neutral requests
 * and replies, the card model, the command set, name parsing with "did you mean", and rate limits.
 * Adapters translate into it and render out of it; it knows none of them.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "compare", "admin", "advise"})
package dev.careeradvisor.chat;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
