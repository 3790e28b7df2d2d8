package dev.careeradvisor.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.catalog.RoleChanged;
import dev.careeradvisor.catalog.RoleCheck;
import dev.careeradvisor.catalog.RoleStore;
import dev.careeradvisor.catalog.RoleValidator;
import dev.careeradvisor.catalog.RoleWriter;
import dev.careeradvisor.catalog.RoleYaml;
import dev.careeradvisor.catalog.Scope;
import dev.careeradvisor.catalog.StoredRole;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes the catalog of one scope on behalf of one person: add, edit, remove and restore. Every
 * attempt is decided by {@link Permissions}, checked by the same validator as a bundled file, done
 * in one transaction with its audit entry, and announced with a {@link RoleChanged}. An edit names
 * the version it was based on, and loses to nobody silently: a stale version is a conflict.
 */
public class AdminService {

    private final RoleStore store;
    private final Catalogs catalogs;
    private final RoleYaml yaml;
    private final RoleValidator validator;
    private final Permissions permissions;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor messages;

    AdminService(RoleStore store, Catalogs catalogs, RoleYaml yaml, RoleValidator validator, Permissions permissions,
            AuditLog audit, TransactionTemplate transactions, ApplicationEventPublisher events, MessageSourceAccessor messages) {
        this.store = store;
        this.catalogs = catalogs;
        this.yaml = yaml;
        this.validator = validator;
        this.permissions = permissions;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.messages = messages;
    }

    /**
     * Why this editor may not change this scope, if they may not: for platforms that ask before showing
     * a form, so that nobody fills one in to be refused. Every change is still decided on its own.
     */
    public Optional<String> refusal(Editor editor, Scope scope) {
        return permissions.refusal(editor, scope);
    }

    /** Adds a role given as YAML; refused when the scope already has a role of that slug or name. */
    public AdminResult add(Editor editor, Scope scope, String roleYaml) {
        RoleCheck check = yaml.parse(messages.getMessage("admin.source.add"), roleYaml);
        String slug = check.isValid() ? check.role().slug() : "?";
        Optional<AdminResult> refused = refuse(editor, scope, slug, "add", check);
        if (refused.isPresent()) {
            return refused.get();
        }
        Role role = check.role();
        CurrentRole current = current(scope, slug);
        if (current.exists()) {
            String rule = current.removed() ? "admin.add.removedSlug" : "admin.add.takenSlug";
            return refusedAfterCheck(editor, scope, slug, "add", msg(rule, slug));
        }
        Optional<AdminResult> nameTaken = nameTaken(editor, scope, role, "add");
        if (nameTaken.isPresent()) {
            return nameTaken.get();
        }
        return write(editor, scope, "add", current, role, false, msg("admin.added", role.name(), scope), null);
    }

    /** Changes some fields of a role ({@code salary.max=250000}), based on {@code ifVersion} or on the version read now. */
    public AdminResult edit(Editor editor, Scope scope, String slug, Map<String, String> changes, @Nullable Long ifVersion) {
        CurrentRole current = current(scope, slug);
        Role before = current.live();
        if (before == null) {
            return notFound(editor, scope, slug, "edit");
        }
        if (changes.containsKey("slug")) {
            return invalid(editor, scope, slug, "edit", List.of(new dev.careeradvisor.catalog.RoleViolation(
                    msg("admin.source.edit"), "slug", msg("admin.edit.slugFixed"))));
        }
        Map<String, Object> document = FieldEdits.apply(RoleWriter.documentOf(before), changes);
        return change(editor, scope, current, validator.check(msg("admin.source.edit"), document), ifVersion);
    }

    /** Replaces a role by a whole new YAML of the same slug (an attached file, a filled form). */
    public AdminResult replace(Editor editor, Scope scope, String roleYaml, @Nullable Long ifVersion) {
        RoleCheck check = yaml.parse(msg("admin.source.edit"), roleYaml);
        if (!check.isValid()) {
            return refuse(editor, scope, "?", "edit", check).orElseThrow();
        }
        CurrentRole current = current(scope, check.role().slug());
        if (current.live() == null) {
            return notFound(editor, scope, check.role().slug(), "edit");
        }
        return change(editor, scope, current, check, ifVersion);
    }

    public AdminResult remove(Editor editor, Scope scope, String slug) {
        CurrentRole current = current(scope, slug);
        Role live = current.live();
        if (live == null) {
            return notFound(editor, scope, slug, "remove");
        }
        Optional<AdminResult> refused = refuse(editor, scope, slug, "remove", null);
        return refused.orElseGet(() -> write(editor, scope, "remove", current, live, true, msg("admin.removed", live.name()), null));
    }

    public AdminResult restore(Editor editor, Scope scope, String slug) {
        CurrentRole current = current(scope, slug);
        if (!current.removed()) {
            return notFound(editor, scope, slug, "restore");
        }
        Optional<AdminResult> refused = refuse(editor, scope, slug, "restore", null);
        if (refused.isPresent()) {
            return refused.get();
        }
        Role role = current.row().role();
        Optional<AdminResult> nameTaken = nameTaken(editor, scope, role, "restore");
        return nameTaken.orElseGet(() -> write(editor, scope, "restore", current, role, false, msg("admin.restored", role.name()), null));
    }

    /**
     * Moves a community's roles, history and suggestions to its new id, when the platform says the
     * community changed its id (a Telegram group upgraded to a supergroup keeps its roles).
     */
    public int moveCommunity(Scope from, Scope to) {
        if (from.isGlobal() || to.isGlobal() || from.equals(to)) {
            return 0;
        }
        Integer moved = transactions.execute(status -> {
            int roles = store.moveScope(from, to);
            audit.moveScope(from, to);
            return roles;
        });
        events.publishEvent(new RoleChanged(from, "*"));
        events.publishEvent(new RoleChanged(to, "*"));
        return moved == null ? 0 : moved;
    }

    /** The version an edit of this role must name, as the form or card that shows it displays it. */
    public long version(Scope scope, String slug) {
        return current(scope, slug).version();
    }

    /** The removed roles of a scope, which {@code restore} brings back. */
    public List<StoredRole> removed(Scope scope) {
        return store.all(scope).stream().filter(StoredRole::removed).toList();
    }

    public List<AuditEntry> history(Scope scope, String slug) {
        return audit.history(scope, slug);
    }

    /** Erases one person's id and display name from the audit trail (owners only). */
    public AdminResult eraseUser(Editor editor, String platform, String userId) {
        Optional<String> refusal = permissions.ownerOnly(editor);
        if (refusal.isPresent()) {
            return AdminResult.failed(AdminResult.Status.REFUSED, refusal.get());
        }
        int erased = transactions.execute(status -> audit.erase(platform.toLowerCase(java.util.Locale.ROOT), userId));
        return AdminResult.applied(msg("admin.erased", erased, platform + ":" + userId), null, 0);
    }

    CurrentRole current(Scope scope, String slug) {
        StoredRole row = store.find(scope, slug).orElse(null);
        Role bundled = scope.isGlobal() ? catalogs.bundled(slug).orElse(null) : null;
        return new CurrentRole(row, bundled);
    }

    private AdminResult change(Editor editor, Scope scope, CurrentRole current, RoleCheck check, @Nullable Long ifVersion) {
        Role before = current.live();
        Optional<AdminResult> refused = refuse(editor, scope, before.slug(), "edit", check);
        if (refused.isPresent()) {
            return refused.get();
        }
        Role after = check.role();
        Optional<AdminResult> nameTaken = nameTaken(editor, scope, after, "edit");
        if (nameTaken.isPresent()) {
            return nameTaken.get();
        }
        return write(editor, scope, "edit", current, after, false, msg("admin.edited", after.name()), ifVersion);
    }

    /** Permission first, then validity; either refusal is audited. */
    private Optional<AdminResult> refuse(Editor editor, Scope scope, String slug, String action, @Nullable RoleCheck check) {
        Optional<String> refusal = permissions.refusal(editor, scope);
        if (refusal.isPresent()) {
            audit(editor, scope, slug, action, AuditEntry.Outcome.REFUSED, refusal.get(), null, null);
            return Optional.of(AdminResult.failed(AdminResult.Status.REFUSED, refusal.get()));
        }
        if (check != null && !check.isValid()) {
            return Optional.of(invalid(editor, scope, slug, action, check.violations()));
        }
        return Optional.empty();
    }

    private AdminResult invalid(Editor editor, Scope scope, String slug, String action,
            List<dev.careeradvisor.catalog.RoleViolation> violations) {
        String detail = violations.stream().map(Object::toString).collect(java.util.stream.Collectors.joining("; "));
        audit(editor, scope, slug, action, AuditEntry.Outcome.REFUSED, detail, null, null);
        return AdminResult.invalid(msg("admin.invalid", violations.size()), violations);
    }

    private Optional<AdminResult> nameTaken(Editor editor, Scope scope, Role role, String action) {
        Optional<String> other = store.slugWithName(scope, role.name(), role.slug());
        if (other.isEmpty() && scope.isGlobal()) {
            other = catalogs.of(Scope.GLOBAL).roles().stream()
                    .filter(r -> r.name().equalsIgnoreCase(role.name()) && !r.slug().equals(role.slug()))
                    .map(Role::slug).findFirst();
        }
        return other.map(slug -> refusedAfterCheck(editor, scope, role.slug(), action, msg("admin.nameTaken", role.name(), slug)));
    }

    private AdminResult refusedAfterCheck(Editor editor, Scope scope, String slug, String action, String why) {
        audit(editor, scope, slug, action, AuditEntry.Outcome.REFUSED, why, null, null);
        return AdminResult.failed(AdminResult.Status.REFUSED, why);
    }

    private AdminResult notFound(Editor editor, Scope scope, String slug, String action) {
        String why = msg(scope.isGlobal() ? "admin.notFound" : "admin.notFoundInCommunity", slug, scope);
        return AdminResult.failed(AdminResult.Status.NOT_FOUND, why);
    }

    /** Writes the row and its audit entry in one transaction; a stale version or a lost race is a conflict. */
    private AdminResult write(Editor editor, Scope scope, String action, CurrentRole current, Role role, boolean removed,
            String done, @Nullable Long ifVersion) {
        long expected = ifVersion != null ? ifVersion : current.version();
        String before = current.live() == null ? null : RoleWriter.yaml(current.live());
        String after = removed ? null : RoleWriter.yaml(role);
        String bundledHash = current.bundled() != null ? catalogs.bundledHash(role.slug()).orElse(null) : null;
        boolean written;
        try {
            written = Boolean.TRUE.equals(transactions.execute(status -> {
                boolean ok = current.row() == null && expected == 0
                        ? insert(scope, role, removed, bundledHash)
                        : current.row() != null && store.update(scope, role, expected, removed, bundledHash);
                if (ok) {
                    audit.record(editor, scope, role.slug(), action, AuditEntry.Outcome.APPLIED, null, before, after);
                }
                return ok;
            }));
        } catch (DuplicateKeyException e) {
            written = false;
        }
        if (!written) {
            String why = msg("admin.conflict", role.name(), expected);
            audit(editor, scope, role.slug(), action, AuditEntry.Outcome.CONFLICT, why, before, after);
            return AdminResult.failed(AdminResult.Status.CONFLICT, why);
        }
        events.publishEvent(new RoleChanged(scope, role.slug()));
        return AdminResult.applied(done, removed ? null : role, expected + 1);
    }

    private boolean insert(Scope scope, Role role, boolean removed, @Nullable String bundledHash) {
        store.insert(scope, role, removed, bundledHash);
        return true;
    }

    private void audit(Editor editor, Scope scope, String slug, String action, AuditEntry.Outcome outcome, String detail,
            @Nullable String before, @Nullable String after) {
        transactions.executeWithoutResult(status -> audit.record(editor, scope, slug, action, outcome, detail, before, after));
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args);
    }
}
