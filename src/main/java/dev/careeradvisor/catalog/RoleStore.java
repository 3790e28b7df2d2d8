package dev.careeradvisor.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The roles owners and moderators added, in the database. Each row holds the role's YAML, which is
 * read back through the same validator as a bundled file; a row that no longer passes (after a rule
 * changed) is left out with a warning rather than breaking the catalog.
 */
public class RoleStore {

    private static final Logger log = LoggerFactory.getLogger(RoleStore.class);

    private final JdbcClient jdbc;
    private final RoleYaml yaml;

    public RoleStore(JdbcClient jdbc, RoleYaml yaml) {
        this.jdbc = jdbc;
        this.yaml = yaml;
    }

    /** Every row of a scope, removed ones included, ordered by slug. */
    public List<StoredRole> all(Scope scope) {
        List<StoredRole> roles = new ArrayList<>();
        jdbc.sql("select * from role_entry where scope = ? order by slug").param(scope.id())
                .query((rs, n) -> read(rs)).list().forEach(role -> role.ifPresent(roles::add));
        return roles;
    }

    public Optional<StoredRole> find(Scope scope, String slug) {
        return jdbc.sql("select * from role_entry where scope = ? and slug = ?").param(scope.id()).param(slug)
                .query((rs, n) -> read(rs)).optional().flatMap(role -> role);
    }

    /** Whether another live role of the scope already has this name (any case). */
    public Optional<String> slugWithName(Scope scope, String name, String exceptSlug) {
        return jdbc.sql("select slug from role_entry where scope = ? and name_key = ? and removed = false and slug <> ?")
                .param(scope.id()).param(name.toLowerCase(Locale.ROOT)).param(exceptSlug)
                .query(String.class).optional();
    }

    public void insert(Scope scope, Role role, boolean removed, @Nullable String bundledHash) {
        jdbc.sql("""
                insert into role_entry (scope, slug, name_key, document, version, removed, bundled_hash, updated_at)
                values (?, ?, ?, ?, 1, ?, ?, ?)""")
                .params(scope.id(), role.slug(), role.name().toLowerCase(Locale.ROOT), RoleWriter.yaml(role), removed,
                        bundledHash, now())
                .update();
    }

    /**
     * Replaces a row if it is still at {@code expectedVersion}; false when someone else changed it
     * first (optimistic locking), so that no edit is ever lost silently.
     */
    public boolean update(Scope scope, Role role, long expectedVersion, boolean removed, @Nullable String bundledHash) {
        return jdbc.sql("""
                update role_entry set name_key = ?, document = ?, version = version + 1, removed = ?, bundled_hash = ?,
                       updated_at = ?
                where scope = ? and slug = ? and version = ?""")
                .params(role.name().toLowerCase(Locale.ROOT), RoleWriter.yaml(role), removed, bundledHash, now(),
                        scope.id(), role.slug(), expectedVersion)
                .update() == 1;
    }

    /** Records that an override now stands against a newer bundled file, without touching its version. */
    public void rebase(Scope scope, String slug, String bundledHash) {
        jdbc.sql("update role_entry set bundled_hash = ? where scope = ? and slug = ?")
                .params(bundledHash, scope.id(), slug).update();
    }

    /** Moves every row of one scope to another (a Telegram group that became a supergroup); returns how many. */
    public int moveScope(Scope from, Scope to) {
        return jdbc.sql("update role_entry set scope = ? where scope = ?").params(to.id(), from.id()).update();
    }

    private Optional<StoredRole> read(ResultSet rs) throws SQLException {
        Scope scope = new Scope(rs.getString("scope"));
        String document = rs.getString("document");
        RoleCheck check = yaml.parse("database " + scope + "/" + rs.getString("slug"), document);
        if (!check.isValid()) {
            log.warn("Leaving out a stored role that no longer passes validation: {}", check.violations());
            return Optional.empty();
        }
        return Optional.of(new StoredRole(scope, check.role(), rs.getLong("version"), rs.getBoolean("removed"),
                rs.getString("bundled_hash")));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
