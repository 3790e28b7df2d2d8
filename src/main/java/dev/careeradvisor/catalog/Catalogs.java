package dev.careeradvisor.catalog;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;

/**
 * The catalog each scope sees. Global is the bundled roles, with the owners' overrides and
 * retirements applied, plus the owners' own roles; a community sees its own roles first, then the
 * global ones, its own winning on the same slug or name. Catalogs are cached, dropped when a
 * {@link RoleChanged} says so, and refreshed after {@code refresh} so that changes made by other
 * instances show up too.
 */
public class Catalogs {

    private final Map<String, Role> bundled = new LinkedHashMap<>();
    private final Map<String, String> bundledHashes = new HashMap<>();
    private final Function<Scope, List<StoredRole>> rows;
    private final Cache<Scope, Catalog> cache;

    /** @param rows the stored rows of a scope (the {@link RoleStore}, or a fixed list in tests) */
    public Catalogs(List<Role> bundledRoles, Function<Scope, List<StoredRole>> rows, Duration refresh) {
        bundledRoles.forEach(role -> {
            bundled.put(role.slug(), role);
            bundledHashes.put(role.slug(), RoleWriter.hash(role));
        });
        this.rows = rows;
        this.cache = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(refresh).build();
    }

    /** The roles visible in a scope. */
    public Catalog of(Scope scope) {
        return cache.get(scope, this::load);
    }

    /** The bundled role with this slug, as its file has it, whatever overrides stand. */
    public Optional<Role> bundled(String slug) {
        return Optional.ofNullable(bundled.get(slug));
    }

    /** The hash that identifies a bundled role's current content; an override records the one it was made against. */
    public Optional<String> bundledHash(String slug) {
        return Optional.ofNullable(bundledHashes.get(slug));
    }

    @EventListener
    public void on(RoleChanged changed) {
        if (changed.scope().isGlobal()) {
            cache.invalidateAll();
        } else {
            cache.invalidate(changed.scope());
        }
    }

    /** Forgets every scope's catalog, so that each is read anew (changes may have been missed). */
    void dropAll() {
        cache.invalidateAll();
    }

    private Catalog load(Scope scope) {
        Map<String, Role> roles = new LinkedHashMap<>(bundled);
        apply(roles, rows.apply(Scope.GLOBAL));
        if (!scope.isGlobal()) {
            apply(roles, rows.apply(scope));
        }
        return new Catalog(scope, roles.values());
    }

    /** Lays a scope's rows over the roles below it: a removed row hides its slug, a live one replaces its slug and its name. */
    private static void apply(Map<String, Role> roles, List<StoredRole> rows) {
        for (StoredRole row : rows) {
            roles.remove(row.role().slug());
            if (!row.removed()) {
                String name = row.role().name().toLowerCase(Locale.ROOT);
                roles.values().removeIf(role -> role.name().toLowerCase(Locale.ROOT).equals(name));
                roles.put(row.role().slug(), row.role());
            }
        }
    }
}
