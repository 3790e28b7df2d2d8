/**
 * The Discord adapter: slash commands, buttons, menus and forms become chat requests, replies become
 * embeds with components. It translates and renders; every rule lives in {@code chat}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "chat")
package dev.careeradvisor.discord;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
