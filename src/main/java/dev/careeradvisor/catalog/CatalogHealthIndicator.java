package dev.careeradvisor.catalog;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Reports how many roles the global catalog holds and how many bundled files were refused. */
class CatalogHealthIndicator implements HealthIndicator {

    private final CatalogConfiguration.BundledCatalog bundled;
    private final Catalogs catalogs;

    CatalogHealthIndicator(CatalogConfiguration.BundledCatalog bundled, Catalogs catalogs) {
        this.bundled = bundled;
        this.catalogs = catalogs;
    }

    @Override
    public Health health() {
        Catalog catalog = catalogs.of(Scope.GLOBAL);
        Health.Builder health = catalog.roles().isEmpty() ? Health.down() : Health.up();
        return health.withDetail("roles", catalog.roles().size())
                .withDetail("files", bundled.report().files())
                .withDetail("refused", bundled.report().refusedFiles())
                .withDetail("source", bundled.location())
                .build();
    }
}
