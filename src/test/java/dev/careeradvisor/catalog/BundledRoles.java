package dev.careeradvisor.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The six roles of the bundled catalog, read from {@code roles/} exactly as the application reads them. */
public final class BundledRoles {

    public static final Path FOLDER = Path.of("roles");

    private static final List<Role> ROLES = load();

    private BundledRoles() {
    }

    public static List<Role> all() {
        return ROLES;
    }

    public static Catalog catalog() {
        return new Catalog(ROLES);
    }

    /** The bundled role with this slug. */
    public static Role bySlug(String slug) {
        return ROLES.stream().filter(r -> r.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no bundled role " + slug));
    }

    private static List<Role> load() {
        try {
            RoleFolder.Report report = new RoleFolder(new RoleYaml(new RoleValidator())).read(FOLDER);
            if (!report.isValid()) {
                throw new IllegalStateException("bundled roles are invalid: " + report.violations());
            }
            return report.roles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
