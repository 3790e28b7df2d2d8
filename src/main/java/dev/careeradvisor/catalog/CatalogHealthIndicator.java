package dev.careeradvisor.catalog;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Reports how many roles the catalog holds and how many bundled files were refused. */
class CatalogHealthIndicator implements HealthIndicator {

    private final CatalogConfiguration.BundledCatalog bundled;
    private final Catalog catalog;

    CatalogHealthIndicator(CatalogConfiguration.BundledCatalog bundled, Catalog catalog) {
        this.bundled = bundled;
        this.catalog = catalog;
    }

    @Override
    public Health health() {
        Health.Builder health = catalog.roles().isEmpty() ? Health.down() : Health.up();
        return health.withDetail("roles", catalog.roles().size())
                .withDetail("files", bundled.report().files())
                .withDetail("refused", bundled.report().refusedFiles())
                .withDetail("source", bundled.location())
                .build();
    }
}
