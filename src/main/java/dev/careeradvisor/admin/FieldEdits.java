package dev.careeradvisor.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Applies {@code field=value} changes to a role's document. A value is read as YAML, so numbers,
 * {@code true}/{@code false} and lists ({@code [a, b]}) come out typed; {@code salary.max=250000}
 * reaches into the salary. The validator judges the result, as for any other role.
 */
final class FieldEdits {

    private FieldEdits() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> apply(Map<String, Object> document, Map<String, String> changes) {
        Map<String, Object> edited = new LinkedHashMap<>(document);
        for (Map.Entry<String, String> change : changes.entrySet()) {
            Object value = value(change.getValue());
            String[] path = change.getKey().split("\\.", 2);
            if (path.length == 2 && edited.get(path[0]) instanceof Map<?, ?> nested) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) nested);
                copy.put(path[1], value);
                edited.put(path[0], copy);
            } else if (value == null) {
                edited.remove(change.getKey());
            } else {
                edited.put(change.getKey(), value);
            }
        }
        return edited;
    }

    private static Object value(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            Object parsed = new Load(LoadSettings.builder().setMaxAliasesForCollections(0).setCodePointLimit(64 * 1024).build())
                    .loadFromString(text);
            return parsed instanceof Map ? text : parsed;
        } catch (YamlEngineException e) {
            return text;
        }
    }
}
