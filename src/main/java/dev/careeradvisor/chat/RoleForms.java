package dev.careeradvisor.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.catalog.RoleWriter;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Turns roles into {@link RoleForm}s and filled forms back into role YAML. Each YAML input is read on
 * its own, so a mistake is reported against the input it is in; the role itself is then checked by
 * the admin service like any other.
 */
final class RoleForms {

    static final List<String> ABOUT = List.of("category", "interest", "aliases", "summary");
    static final List<String> FIGURES = List.of("salary", "demand", "aiReplacementRisk", "learningCurveMonths", "difficulty",
            "entryBarrier", "remoteFriendly", "requiresCoding");
    private static final LoadSettings LOAD = LoadSettings.builder().setMaxAliasesForCollections(20)
            .setAllowDuplicateKeys(false).setCodePointLimit(RoleForm.LIMIT * 2).build();

    private final MessageSourceAccessor messages;

    RoleForms(MessageSourceAccessor messages) {
        this.messages = messages;
    }

    /** A form with the fields' keys and nothing filled in but today's date for the source. */
    RoleForm blank() {
        String about = "category: \ninterest: \naliases: []\nsummary: ";
        String figures = String.join("\n", FIGURES.stream().map(key -> key + ": ").toList())
                .replace("salary: ", "salary: {min: , max: , currency: USD, period: year}");
        String sources = "- title: \n  url: \n  retrieved: " + LocalDate.now();
        return new RoleForm(null, "", "", about, figures, "", sources);
    }

    RoleForm of(Role role) {
        Map<String, Object> document = RoleWriter.documentOf(role);
        return new RoleForm(role.slug(), basis(role), role.name(), part(document, ABOUT), part(document, FIGURES),
                String.join("\n", role.skills()), RoleWriter.fragment(document.get("sources")).strip());
    }

    /** The start of the role's hash: short enough for a modal's id, long enough to tell versions apart. */
    static String basis(Role role) {
        return RoleWriter.hash(role).substring(0, 16);
    }

    /** The role YAML a filled form stands for, or the message naming the input that is not valid YAML. */
    record Filled(String yaml, String problem) {
    }

    Filled yaml(RoleForm form) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", form.name().strip());
        try {
            mapping(form.about(), "form.about").forEach((key, value) -> document.put(String.valueOf(key), value));
            mapping(form.figures(), "form.figures").forEach((key, value) -> document.put(String.valueOf(key), value));
            List<String> skills = new ArrayList<>();
            form.skills().lines().map(line -> line.strip().replaceFirst("^[-•*]\\s+", "")).filter(line -> !line.isEmpty()).forEach(skills::add);
            document.put("skills", skills);
            Object sources = read(form.sources(), "form.sources");
            if (sources != null) {
                document.put("sources", sources);
            }
            if (form.slug() != null) {
                document.put("slug", form.slug());
            }
        } catch (FormException e) {
            return new Filled("", e.getMessage());
        }
        return new Filled(RoleWriter.fragment(document), "");
    }

    private Map<?, ?> mapping(String text, String input) {
        Object value = read(text, input);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new FormException(messages.getMessage("form.notMapping", new Object[] {messages.getMessage(input)}));
        }
        return map;
    }

    private Object read(String text, String input) {
        try {
            return new Load(LOAD).loadFromString(text);
        } catch (YamlEngineException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new FormException(messages.getMessage("form.notYaml", new Object[] {messages.getMessage(input), why}));
        }
    }

    private static String part(Map<String, Object> document, List<String> keys) {
        Map<String, Object> part = new LinkedHashMap<>();
        keys.stream().filter(document::containsKey).forEach(key -> part.put(key, document.get(key)));
        return part.isEmpty() ? "" : RoleWriter.fragment(part).strip();
    }

    private static final class FormException extends RuntimeException {
        FormException(String message) {
            super(message, null, false, false);
        }
    }
}
