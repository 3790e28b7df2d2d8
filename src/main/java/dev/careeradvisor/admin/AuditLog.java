package dev.careeradvisor.admin;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import dev.careeradvisor.catalog.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes and reads the audit trail. Entries are never deleted; only a person's names can be erased. */
final class AuditLog {

    static final String ERASED = "erased";

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Editor editor, Scope scope, String slug, String action, AuditEntry.Outcome outcome, @Nullable String detail,
            @Nullable String before, @Nullable String after) {
        jdbc.sql("""
                insert into role_audit (scope, slug, action, outcome, actor_platform, actor_id, actor_name, detail,
                                        before_doc, after_doc, at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(scope.id(), slug, action, outcome.key(), editor.platform(), editor.userId(), editor.displayName(),
                        detail == null ? null : shorten(detail), before, after, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** A role's history, oldest first. */
    List<AuditEntry> history(Scope scope, String slug) {
        return jdbc.sql("select * from role_audit where scope = ? and slug = ? order by id").params(scope.id(), slug)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getString("scope"), rs.getString("slug"),
                        rs.getString("action"), AuditEntry.Outcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)),
                        rs.getString("actor_platform"), rs.getString("actor_id"), rs.getString("actor_name"),
                        rs.getString("detail"), rs.getString("before_doc"), rs.getString("after_doc"),
                        rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    /** Moves a community's history and suggestions with it to its new scope. */
    void moveScope(Scope from, Scope to) {
        jdbc.sql("update role_audit set scope = ? where scope = ?").params(to.id(), from.id()).update();
        jdbc.sql("update suggestion set scope = ? where scope = ?").params(to.id(), from.id()).update();
    }

    /** Removes one person's id and display name from every entry; returns how many entries held them. */
    int erase(String platform, String userId) {
        return jdbc.sql("update role_audit set actor_id = ?, actor_name = null where actor_platform = ? and actor_id = ?")
                .params(ERASED, platform, userId).update();
    }

    private static String shorten(String detail) {
        return detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
    }
}
