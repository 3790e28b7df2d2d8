/**
 * The role catalog: the bundled role files, the one validator every role passes, and forgiving
 * name resolution.
 */
@NullMarked
package dev.careeradvisor.catalog;

import org.jspecify.annotations.NullMarked;
