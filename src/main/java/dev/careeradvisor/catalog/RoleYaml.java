package dev.careeradvisor.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Turns role YAML into checked roles. Parsing is safe by construction: SnakeYAML Engine builds only
 * maps, lists and scalars, aliases are bounded, and a document is refused by its size before it is
 * read, so neither an alias bomb nor a huge file costs more than a moment.
 */
public final class RoleYaml {

    public static final int MAX_DOCUMENT_BYTES = 64 * 1024;
    public static final int MAX_IMPORT_BYTES = 1024 * 1024;
    private static final int MAX_ALIASES = 20;

    private final RoleValidator validator;

    public RoleYaml(RoleValidator validator) {
        this.validator = validator;
    }

    /** Reads and checks one role file; the file is named as the source of every violation. */
    public RoleCheck read(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_BYTES) {
                return tooLarge(source, size);
            }
            return parse(source, Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException e) {
            return refused(source, "must be UTF-8 text");
        } catch (IOException e) {
            return refused(source, "could not be read (" + e.getMessage() + ")");
        }
    }

    /** Checks one role document given as text, for example pasted into a command. */
    public RoleCheck parse(String source, String yaml) {
        long size = yaml.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_DOCUMENT_BYTES) {
            return tooLarge(source, size);
        }
        try {
            Object document = new Load(settings()).loadFromString(yaml);
            return validator.check(source, document);
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark().map(m -> " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1)).orElse("");
            return refused(source, "is not valid YAML: " + e.getProblem() + where);
        } catch (YamlEngineException e) {
            String problem = e.getMessage() == null ? "" : e.getMessage();
            if (problem.contains("aliases")) {
                return refused(source, "uses more than " + MAX_ALIASES + " YAML aliases; write the values out");
            }
            return refused(source, "is not valid YAML: " + problem);
        }
    }

    /**
     * Checks a stream of role documents separated by {@code ---}, as an import takes them; each
     * document is named as {@code source#n} in its violations.
     */
    public List<RoleCheck> parseStream(String source, String yaml) {
        long size = yaml.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_IMPORT_BYTES) {
            return List.of(refused(source, "must be at most 1 MiB (was " + (size + 1023) / 1024 + " KiB)"));
        }
        List<RoleCheck> checks = new java.util.ArrayList<>();
        try {
            int n = 0;
            for (Object document : new Load(settings(MAX_IMPORT_BYTES)).loadAllFromString(yaml)) {
                n++;
                if (document == null) {
                    continue;
                }
                checks.add(validator.check(source + "#" + n, document));
            }
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark().map(m -> " at line " + (m.getLine() + 1)).orElse("");
            return List.of(refused(source, "is not valid YAML: " + e.getProblem() + where));
        } catch (YamlEngineException e) {
            return List.of(refused(source, "is not valid YAML: " + e.getMessage()));
        }
        if (checks.isEmpty()) {
            return List.of(refused(source, "holds no role documents"));
        }
        return checks;
    }

    private static LoadSettings settings() {
        return settings(MAX_DOCUMENT_BYTES);
    }

    private static LoadSettings settings(int codePoints) {
        return LoadSettings.builder()
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(false)
                .setAllowNonScalarKeys(false)
                .setCodePointLimit(codePoints)
                .build();
    }

    static RoleCheck tooLarge(String source, long bytes) {
        return refused(source, "must be at most 64 KiB (was " + (bytes + 1023) / 1024 + " KiB)");
    }

    private static RoleCheck refused(String source, String rule) {
        return RoleCheck.invalid(List.of(new RoleViolation(source, "document", rule)));
    }
}
