package dev.careeradvisor.admin;

import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.RoleStore;
import dev.careeradvisor.catalog.RoleWriter;
import dev.careeradvisor.catalog.Scope;
import dev.careeradvisor.catalog.StoredRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a release changes a bundled role that an owner overrode or retired, says so once: a warning
 * at start-up and an entry in the role's history, then records that the override now stands against
 * the new file.
 */
class BundledChangeCheck {

    private static final Logger log = LoggerFactory.getLogger(BundledChangeCheck.class);
    private static final Editor RELEASE = new Editor("system", "release", "bundled catalog", null, false);

    private final RoleStore store;
    private final Catalogs catalogs;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    BundledChangeCheck(RoleStore store, Catalogs catalogs, AuditLog audit, TransactionTemplate transactions) {
        this.store = store;
        this.catalogs = catalogs;
        this.audit = audit;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        for (StoredRole row : store.all(Scope.GLOBAL)) {
            String was = row.bundledHash();
            String now = catalogs.bundledHash(row.role().slug()).orElse(null);
            if (was == null || now == null || was.equals(now)) {
                continue;
            }
            log.warn("The bundled role {} changed in this release; the owners' {} of it still stands. "
                    + "See `/role-admin history {}` and edit or restore it.", row.role().slug(),
                    row.removed() ? "retirement" : "override", row.role().slug());
            transactions.executeWithoutResult(status -> {
                audit.record(RELEASE, Scope.GLOBAL, row.role().slug(), "bundled-changed", AuditEntry.Outcome.APPLIED,
                        "The bundled file changed underneath the owners' version", null,
                        RoleWriter.yaml(catalogs.bundled(row.role().slug()).orElseThrow()));
                store.rebase(Scope.GLOBAL, row.role().slug(), now);
            });
        }
    }
}
