/**
 * The comparison engine: two roles in, one deterministic comparison out (glance figures, skills that
 * carry over, the transition both ways, verdicts with honest ties, and "Choose X if you…" advice).
 */
@NullMarked
package dev.careeradvisor.compare;

import org.jspecify.annotations.NullMarked;
