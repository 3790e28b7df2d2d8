package dev.careeradvisor.catalog;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the bundled catalog comes from.
 *
 * @param rolesDir a folder of role files to use instead of the catalog shipped inside the jar
 *                 (for example {@code ./roles} while editing them); unset means the shipped one
 * @param refresh  how long a scope's catalog is kept before it is read again, so that roles another
 *                 instance changed show up here too
 */
@Validated
@ConfigurationProperties("catalog")
record CatalogProperties(@Nullable Path rolesDir, @DefaultValue("30s") Duration refresh) {
}
