package dev.careeradvisor.catalog;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.search.spell.LevenshteinDistance;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed values out of a parsed YAML mapping and records a {@link RoleViolation} for each
 * value that is missing, of the wrong type or out of its limits. Reads never throw; a failed
 * read returns null and the caller goes on, so that one pass reports every problem.
 */
final class FieldReader {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final LevenshteinDistance SPELLING = new LevenshteinDistance();

    private final String source;
    private final List<RoleViolation> violations;

    FieldReader(String source, List<RoleViolation> violations) {
        this.source = source;
        this.violations = violations;
    }

    void fail(String field, String rule) {
        violations.add(new RoleViolation(source, field, rule));
    }

    void rejectUnknown(String prefix, Map<?, ?> map, Set<String> known) {
        for (Object key : map.keySet()) {
            String name = String.valueOf(key);
            if (!known.contains(name)) {
                fail(prefix + name, "is not a known field" + closest(name, known));
            }
        }
    }

    @Nullable
    String text(Map<?, ?> map, String key, String field, int maxLength, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                fail(field, "is required");
            }
            return null;
        }
        return text(value, field, maxLength);
    }

    @Nullable
    String text(Object value, String field, int maxLength) {
        if (!(value instanceof String raw)) {
            fail(field, "must be text; put it in quotes (was " + shown(value) + ")");
            return null;
        }
        String text = raw.strip();
        int length = text.codePointCount(0, text.length());
        if (length == 0 || length > maxLength) {
            fail(field, "must be 1 to " + maxLength + " characters long (was " + length + ")");
            return null;
        }
        if (CONTROL.matcher(text).find()) {
            fail(field, "must be one line, without control characters");
            return null;
        }
        return text;
    }

    @Nullable
    BigDecimal number(Map<?, ?> map, String key, String field) {
        Object value = map.get(key);
        if (value == null) {
            fail(field, "is required");
            return null;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return BigDecimal.valueOf(d);
        }
        fail(field, "must be a number (was " + shown(value) + ")");
        return null;
    }

    @Nullable
    Boolean flag(Map<?, ?> map, String key, String field) {
        Object value = map.get(key);
        if (value == null) {
            fail(field, "is required");
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        fail(field, "must be true or false (was " + shown(value) + ")");
        return null;
    }

    @Nullable
    Map<?, ?> mapping(Map<?, ?> map, String key, String field, String expected) {
        Object value = map.get(key);
        if (value == null) {
            fail(field, "is required");
            return null;
        }
        if (value instanceof Map<?, ?> nested) {
            return nested;
        }
        fail(field, "must be a mapping with " + expected);
        return null;
    }

    /** A list of between min and max entries, or null (with a violation) when it is not one. */
    @Nullable
    List<?> list(Map<?, ?> map, String key, String field, int min, int max, String what) {
        Object value = map.get(key);
        if (value == null) {
            if (min > 0) {
                fail(field, "is required");
            }
            return min > 0 ? null : List.of();
        }
        if (!(value instanceof List<?> list)) {
            fail(field, "must be a list of " + what);
            return null;
        }
        if (list.size() < min || list.size() > max) {
            String range = min == 0 ? "at most " + max : min + " to " + max;
            fail(field, "must list " + range + " " + what + " (was " + list.size() + ")");
            return null;
        }
        return list;
    }

    List<String> texts(List<?> values, String field, int maxLength) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String text = text(values.get(i) == null ? "" : values.get(i), field + "[" + i + "]", maxLength);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    static String shown(@Nullable Object value) {
        if (value instanceof String s) {
            String shortened = s.length() > 40 ? s.substring(0, 40) + "…" : s;
            return '"' + shortened + '"';
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof Collection) {
            return "a list";
        }
        return String.valueOf(value);
    }

    private static String closest(String name, Collection<String> known) {
        String best = null;
        float bestScore = 0.6f;
        for (String candidate : known) {
            float score = SPELLING.getDistance(name.toLowerCase(), candidate.toLowerCase());
            if (score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best == null ? " (known fields: " + String.join(", ", known) + ")" : " (did you mean \"" + best + "\"?)";
    }
}
