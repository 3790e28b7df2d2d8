package dev.careeradvisor.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.catalog.RoleChanged;
import dev.careeradvisor.catalog.RoleCheck;
import dev.careeradvisor.catalog.RoleFolder;
import dev.careeradvisor.catalog.RoleStore;
import dev.careeradvisor.catalog.RoleViolation;
import dev.careeradvisor.catalog.RoleWriter;
import dev.careeradvisor.catalog.RoleYaml;
import dev.careeradvisor.catalog.Scope;
import dev.careeradvisor.catalog.StoredRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Roles in and out as YAML. An import is all or nothing: one bad role among many changes nothing
 * and is named; a role whose slug the scope already has is replaced (audited as an edit) unless
 * replacing is turned off. An export is a {@code ---} stream, or one {@code <slug>.yaml} per role,
 * that an import, {@code roles/} and {@code validate-roles} accept unchanged.
 */
public class RoleTransfers {

    private final AdminService admin;
    private final RoleStore store;
    private final Catalogs catalogs;
    private final RoleYaml yaml;
    private final RoleFolder folder;
    private final Permissions permissions;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor messages;

    RoleTransfers(AdminService admin, RoleStore store, Catalogs catalogs, RoleYaml yaml, RoleFolder folder,
            Permissions permissions, AuditLog audit, TransactionTemplate transactions, ApplicationEventPublisher events,
            MessageSourceAccessor messages) {
        this.admin = admin;
        this.store = store;
        this.catalogs = catalogs;
        this.yaml = yaml;
        this.folder = folder;
        this.permissions = permissions;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.messages = messages;
    }

    /** Imports a stream of role documents separated by {@code ---}. */
    public AdminResult importStream(Editor editor, Scope scope, String source, String stream, boolean replace) {
        List<RoleCheck> checks = yaml.parseStream(source, stream);
        List<RoleViolation> violations = checks.stream().flatMap(c -> c.violations().stream()).toList();
        return importChecked(editor, scope, checks.stream().filter(RoleCheck::isValid).map(RoleCheck::role).toList(),
                violations, replace);
    }

    /** Imports a folder of role files, held to the same rules as {@code roles/}. */
    public AdminResult importFolder(Editor editor, Scope scope, Path dir, boolean replace) {
        try {
            RoleFolder.Report report = folder.read(dir);
            if (report.files() == 0) {
                return AdminResult.failed(AdminResult.Status.INVALID, msg("admin.import.emptyFolder", dir));
            }
            return importChecked(editor, scope, report.roles(), report.violations(), replace);
        } catch (IOException e) {
            return AdminResult.failed(AdminResult.Status.INVALID, msg("admin.import.unreadable", dir, e.getMessage()));
        }
    }

    private AdminResult importChecked(Editor editor, Scope scope, List<Role> roles, List<RoleViolation> violations,
            boolean replace) {
        Optional<String> refusal = permissions.refusal(editor, scope);
        if (refusal.isPresent()) {
            transactions.executeWithoutResult(s -> audit.record(editor, scope, "*", "import", AuditEntry.Outcome.REFUSED,
                    refusal.get(), null, null));
            return AdminResult.failed(AdminResult.Status.REFUSED, refusal.get());
        }
        List<RoleViolation> problems = new ArrayList<>(violations);
        problems.addAll(duplicates(roles));
        List<CurrentRole> currents = roles.stream().map(role -> admin.current(scope, role.slug())).toList();
        for (int i = 0; i < roles.size(); i++) {
            if (!replace && currents.get(i).live() != null) {
                problems.add(new RoleViolation(msg("admin.source.import"), "slug",
                        msg("admin.import.exists", roles.get(i).slug())));
            }
        }
        if (!problems.isEmpty()) {
            return AdminResult.invalid(msg("admin.import.refused", problems.size()), problems);
        }
        try {
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < roles.size(); i++) {
                    write(editor, scope, roles.get(i), currents.get(i));
                }
            });
        } catch (ImportConflict | DataAccessException e) {
            return AdminResult.failed(AdminResult.Status.CONFLICT, msg("admin.import.conflict"));
        }
        roles.forEach(role -> events.publishEvent(new RoleChanged(scope, role.slug())));
        return AdminResult.applied(msg("admin.imported", roles.size(), scope), null, 0);
    }

    private void write(Editor editor, Scope scope, Role role, CurrentRole current) {
        String hash = current.bundled() != null ? catalogs.bundledHash(role.slug()).orElse(null) : null;
        boolean ok;
        if (current.row() == null) {
            store.insert(scope, role, false, hash);
            ok = true;
        } else {
            ok = store.update(scope, role, current.version(), false, current.row().bundledHash());
        }
        if (!ok) {
            throw new ImportConflict();
        }
        boolean replaced = current.live() != null;
        audit.record(editor, scope, role.slug(), replaced ? "edit" : "add", AuditEntry.Outcome.APPLIED,
                msg("admin.import.detail"), replaced ? RoleWriter.yaml(current.live()) : null, RoleWriter.yaml(role));
    }

    private List<RoleViolation> duplicates(List<Role> roles) {
        List<RoleViolation> problems = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Role role : roles) {
            if (!slugs.add(role.slug())) {
                problems.add(new RoleViolation(msg("admin.source.import"), "slug", msg("admin.import.twice", role.slug())));
            } else if (!names.add(role.name().toLowerCase(Locale.ROOT))) {
                problems.add(new RoleViolation(msg("admin.source.import"), "name", msg("admin.import.twice", role.name())));
            }
        }
        return problems;
    }

    /** The roles a scope holds itself: for global the whole global catalog, for a community its own roles. */
    public List<Role> rolesOf(Scope scope) {
        if (scope.isGlobal()) {
            return catalogs.of(Scope.GLOBAL).roles();
        }
        return store.all(scope).stream().filter(row -> !row.removed()).map(StoredRole::role)
                .sorted(java.util.Comparator.comparing(Role::slug)).toList();
    }

    public String exportStream(Scope scope) {
        return RoleWriter.stream(rolesOf(scope));
    }

    /** Writes one {@code <slug>.yaml} per role into the folder, creating it; returns how many. */
    public int exportFolder(Scope scope, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Role> roles = rolesOf(scope);
        for (Role role : roles) {
            Files.writeString(dir.resolve(role.slug() + ".yaml"), RoleWriter.yaml(role), StandardCharsets.UTF_8);
        }
        return roles.size();
    }

    private String msg(String code, Object... args) {
        return messages.getMessage(code, args);
    }

    /** Rolls an import back when a role changed under it. */
    private static final class ImportConflict extends RuntimeException {
        ImportConflict() {
            super(null, null, false, false);
        }
    }
}
