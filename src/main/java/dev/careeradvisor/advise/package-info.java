/**
 * "Not sure which fits you?": ranks the roles a person can see from a few answers (coding, remote
 * work, time to learn, what matters most, area of interest), each place explained in reasons for
 * and against. No platform types: the chat quiz and the HTTP API call it alike.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"catalog", "compare"})
package dev.careeradvisor.advise;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
