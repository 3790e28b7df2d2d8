/**
 * The command line: one-shot subcommands ({@code compare}, {@code role}, {@code validate-roles}) that
 * print a text card or JSON and exit with a code a script can read.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "compare"})
package dev.careeradvisor.console;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
