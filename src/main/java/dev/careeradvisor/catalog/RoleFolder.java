package dev.careeradvisor.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a folder of role files ({@code <slug>.yaml}, one role each) as one scope: every file passes
 * the validator, its name matches its slug, and no two roles share a name or a slug.
 */
public final class RoleFolder {

    private final RoleYaml yaml;

    public RoleFolder(RoleYaml yaml) {
        this.yaml = yaml;
    }

    /** Every role of the folder that passed, and every rule a file broke. */
    public record Report(List<Role> roles, List<RoleViolation> violations, int files) {
        public Report {
            roles = List.copyOf(roles);
            violations = List.copyOf(violations);
        }

        public boolean isValid() {
            return violations.isEmpty();
        }

        public long refusedFiles() {
            return violations.stream().map(RoleViolation::source).distinct().count();
        }
    }

    /** One role file as read and checked, wherever it was read from. */
    record CheckedFile(String source, String fileName, RoleCheck check) {
    }

    public Report read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(RoleFolder::isRoleFile).sorted().toList();
        }
        return assemble(files.stream()
                .map(file -> new CheckedFile(file.toString(), file.getFileName().toString(), yaml.read(file)))
                .toList());
    }

    static boolean isRoleFileName(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    Report assemble(List<CheckedFile> files) {
        List<Role> roles = new ArrayList<>();
        List<RoleViolation> violations = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> slugs = new HashMap<>();
        for (CheckedFile file : files) {
            violations.addAll(file.check().violations());
            Role role = file.check().role();
            if (role == null) {
                continue;
            }
            String source = file.source();
            String expected = role.slug() + ".yaml";
            String fileName = file.fileName();
            int before = violations.size();
            if (!fileName.equals(expected) && !fileName.equals(role.slug() + ".yml")) {
                violations.add(new RoleViolation(source, "slug", "must match the file name: name the file " + expected
                        + " or set slug: " + fileName.replaceFirst("\\.ya?ml$", "")));
            }
            String otherName = names.putIfAbsent(role.name().toLowerCase(Locale.ROOT), source);
            if (otherName != null) {
                violations.add(new RoleViolation(source, "name", "must be unique, but \"" + role.name() + "\" is also the name in " + otherName));
            }
            String otherSlug = slugs.putIfAbsent(role.slug(), source);
            if (otherSlug != null && otherName == null) {
                violations.add(new RoleViolation(source, "slug", "must be unique, but \"" + role.slug() + "\" is also the slug in " + otherSlug));
            }
            if (violations.size() == before) {
                roles.add(role);
            }
        }
        return new Report(roles, violations, files.size());
    }

    private static boolean isRoleFile(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && isRoleFileName(name);
    }
}
