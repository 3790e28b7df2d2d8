/**
 * The local console: an interactive chat in the terminal (JLine: line editing, history, Tab
 * completion), the {@code chat} mode that reads commands from a pipe, and the one-shot subcommands
 * ({@code compare}, {@code role}, {@code validate-roles}). Everything it says comes from the chat
 * command layer, rendered as plain text.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"chat", "catalog"})
package dev.careeradvisor.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
