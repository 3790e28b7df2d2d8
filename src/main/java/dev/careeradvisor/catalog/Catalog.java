package dev.careeradvisor.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The roles one scope sees, with lookups by slug, category and forgiving name. A catalog is
 * immutable; a changed catalog is a new instance (see {@link Catalogs}).
 */
public final class Catalog {

    private final Scope scope;
    private final List<Role> roles;
    private final Map<String, Role> bySlug = new LinkedHashMap<>();
    private final RoleNames names;
    private final NamePairs pairs;

    public Catalog(Collection<Role> roles) {
        this(Scope.GLOBAL, roles);
    }

    public Catalog(Scope scope, Collection<Role> roles) {
        this.scope = scope;
        this.roles = roles.stream().sorted(RoleNames.byName()).toList();
        this.roles.forEach(role -> bySlug.put(role.slug(), role));
        this.names = new RoleNames(this.roles);
        this.pairs = new NamePairs(names);
    }

    /** Whose roles these are. */
    public Scope scope() {
        return scope;
    }

    /** Every role, ordered by name. */
    public List<Role> roles() {
        return roles;
    }

    public Optional<Role> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The roles of one category (any case), ordered by name. */
    public List<Role> inCategory(String category) {
        String wanted = category.strip().toLowerCase(Locale.ROOT);
        return roles.stream().filter(role -> role.category().toLowerCase(Locale.ROOT).equals(wanted)).toList();
    }

    /** The categories in use, ordered by name. */
    public List<String> categories() {
        return roles.stream().map(Role::category).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** What a typed name means: one role, several candidates, or none with the closest names. */
    public NameResolution resolve(String name) {
        return names.resolve(name);
    }

    /** Roles whose names start with, or have a word starting with, what was typed so far (for autocomplete). */
    public List<Role> complete(String typed, int limit) {
        return names.complete(typed, limit);
    }

    /** What a text naming two roles means ("routing vs middleware", quoted names, or only spaces). */
    public PairResolution resolvePair(String text) {
        return pairs.resolve(text);
    }

    /** What two separately given names mean, each resolved on its own. */
    public PairResolution resolvePair(String first, String second) {
        return pairs.bothOf(first, second);
    }
}
