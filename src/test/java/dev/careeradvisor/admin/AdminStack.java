package dev.careeradvisor.admin;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.careeradvisor.Messages;
import dev.careeradvisor.TestDatabase;
import dev.careeradvisor.catalog.BundledRoles;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.RoleChanged;
import dev.careeradvisor.catalog.RoleFolder;
import dev.careeradvisor.catalog.RoleStore;
import dev.careeradvisor.catalog.RoleValidator;
import dev.careeradvisor.catalog.RoleYaml;
import org.springframework.context.ApplicationEventPublisher;

/** The admin feature over a test database, wired as the application wires it; owner discord:1. */
public final class AdminStack {

    public final RoleStore store;
    public final Catalogs catalogs;
    public final AdminService admin;
    public final RoleTransfers transfers;
    public final Suggestions suggestions;
    public final List<Object> events = new CopyOnWriteArrayList<>();
    final AuditLog audit;
    final BundledChangeCheck bundledCheck;

    public AdminStack(TestDatabase db) {
        RoleValidator validator = new RoleValidator();
        RoleYaml yaml = new RoleYaml(validator);
        store = new RoleStore(db.jdbc(), yaml);
        catalogs = new Catalogs(BundledRoles.all(), store::all, Duration.ofMinutes(5));
        audit = new AuditLog(db.jdbc());
        Permissions permissions = new Permissions(Set.of("discord:1"), Messages.accessor());
        ApplicationEventPublisher publisher = event -> {
            events.add(event);
            if (event instanceof RoleChanged changed) {
                catalogs.on(changed);
            }
        };
        admin = new AdminService(store, catalogs, yaml, validator, permissions, audit, db.transactions(), publisher, Messages.accessor());
        transfers = new RoleTransfers(admin, store, catalogs, yaml, new RoleFolder(yaml), permissions, audit, db.transactions(),
                publisher, Messages.accessor());
        suggestions = new Suggestions(db.jdbc(), permissions, publisher, Messages.accessor(), 3);
        bundledCheck = new BundledChangeCheck(store, catalogs, audit, db.transactions());
    }

    public static Editor owner() {
        return new Editor("discord", "1", "Olive Owner", null, false);
    }

    public static Editor moderatorOf(String guild) {
        return new Editor("discord", "7", "Mo Derator", guild, true);
    }

    public static Editor memberOf(String guild) {
        return new Editor("discord", "9", "Mem Ber", guild, false);
    }
}
