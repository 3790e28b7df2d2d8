package dev.careeradvisor.catalog;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** Where a role's figures come from and when they were taken. */
public record Source(String title, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String url, LocalDate retrieved) {
}
