/**
 * The read-only HTTP API: roles and comparisons as JSON, errors as RFC 9457 problem details,
 * rate-limited per client address. It reads the {@code global} scope.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "compare", "advise"})
package dev.careeradvisor.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
