/**
 * The Telegram adapter: updates (long polling or a webhook) become chat requests, replies become
 * HTML messages with inline keyboards. It translates and renders; every rule lives in {@code chat}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "chat")
package dev.careeradvisor.telegram;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
