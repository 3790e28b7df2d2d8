package dev.careeradvisor.catalog;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The one set of rules every role passes, whichever way it enters the catalog: a bundled file, an
 * import or an admin command. It checks one parsed document; rules across roles (unique names and
 * slugs) belong to whoever holds the roles together.
 */
public final class RoleValidator {

    static final int MAX_NAME = 100;
    static final int MAX_CATEGORY = 50;
    static final int MAX_ALIASES = 10;
    static final int MAX_SKILLS = 30;
    static final int MAX_SKILL = 200;
    static final int MAX_SUMMARY = 300;
    static final int MAX_SOURCES = 5;
    static final int MAX_SOURCE_TITLE = 200;

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of("name", "slug", "category", "interest", "aliases",
            "summary", "salary", "demand", "aiReplacementRisk", "learningCurveMonths", "difficulty", "entryBarrier",
            "remoteFriendly", "requiresCoding", "skills", "sources"));
    private static final Set<String> SALARY_FIELDS = new LinkedHashSet<>(List.of("min", "max", "currency", "period"));
    private static final Set<String> SOURCE_FIELDS = new LinkedHashSet<>(List.of("title", "url", "retrieved"));
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /** Checks one document, as parsed from YAML, that came from {@code source} (a file or a command). */
    public RoleCheck check(String source, @Nullable Object document) {
        List<RoleViolation> violations = new ArrayList<>();
        FieldReader read = new FieldReader(source, violations);
        if (!(document instanceof Map<?, ?> map)) {
            read.fail("document", "must be a mapping of role fields such as name, salary and skills");
            return RoleCheck.invalid(violations);
        }
        read.rejectUnknown("", map, FIELDS);

        String name = read.text(map, "name", "name", MAX_NAME, true);
        String slug = slug(read, map, name);
        String category = read.text(map, "category", "category", MAX_CATEGORY, true);
        String interest = read.text(map, "interest", "interest", MAX_CATEGORY, false);
        List<?> aliasList = read.list(map, "aliases", "aliases", 0, MAX_ALIASES, "names");
        List<String> aliases = aliasList == null ? null : read.texts(aliasList, "aliases", MAX_NAME);
        String summary = read.text(map, "summary", "summary", MAX_SUMMARY, false);
        Salary salary = salary(read, map);
        Double demand = demand(read, map);
        Integer risk = whole(read, map, "aiReplacementRisk", 0, 100, "must be a whole percentage from 0 to 100");
        Integer months = whole(read, map, "learningCurveMonths", 1, Integer.MAX_VALUE,
                "must be a whole number of months greater than 0");
        Difficulty difficulty = choice(read, map, "difficulty", Difficulty.class);
        EntryBarrier barrier = choice(read, map, "entryBarrier", EntryBarrier.class);
        Boolean remote = read.flag(map, "remoteFriendly", "remoteFriendly");
        Boolean coding = read.flag(map, "requiresCoding", "requiresCoding");
        List<String> skills = skills(read, map);
        List<Source> sources = sources(read, map);

        if (!violations.isEmpty()) {
            return RoleCheck.invalid(violations);
        }
        return RoleCheck.valid(new Role(name, slug, category, interest == null ? category : interest, aliases, salary,
                demand, risk, months, difficulty, barrier, remote, coding, skills, summary, sources));
    }

    private static @Nullable String slug(FieldReader read, Map<?, ?> map, @Nullable String name) {
        Object given = map.get("slug");
        if (given == null) {
            if (name == null) {
                return null;
            }
            String derived = Slugs.of(name);
            if (derived.isEmpty()) {
                read.fail("slug", "is required when the name holds no letter or digit a-z, 0-9 to derive it from");
                return null;
            }
            return derived;
        }
        if (!(given instanceof String slug)) {
            read.fail("slug", "must be text; put it in quotes (was " + FieldReader.shown(given) + ")");
            return null;
        }
        if (slug.length() > Slugs.MAX_LENGTH) {
            read.fail("slug", "must be at most " + Slugs.MAX_LENGTH + " characters long (was " + slug.length() + ")");
            return null;
        }
        if (!Slugs.VALID.matcher(slug).matches()) {
            read.fail("slug", "must use only a-z, 0-9 and - (was " + FieldReader.shown(slug) + ")");
            return null;
        }
        return slug;
    }

    private static @Nullable Salary salary(FieldReader read, Map<?, ?> map) {
        Map<?, ?> salary = read.mapping(map, "salary", "salary", "min, max, currency and period");
        if (salary == null) {
            return null;
        }
        read.rejectUnknown("salary.", salary, SALARY_FIELDS);
        BigDecimal min = positive(read, salary, "min");
        BigDecimal max = positive(read, salary, "max");
        if (min != null && max != null && min.compareTo(max) > 0) {
            read.fail("salary", "min must not exceed max (min " + min.toPlainString() + ", max " + max.toPlainString() + ")");
            min = null;
        }
        Currency currency = null;
        String code = read.text(salary, "currency", "salary.currency", 3, true);
        if (code != null) {
            if (CURRENCIES.contains(code.toUpperCase(Locale.ROOT))) {
                currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
            } else {
                read.fail("salary.currency", "must be an ISO 4217 currency code such as USD or EUR (was \"" + code + "\")");
            }
        }
        Salary.Period period = null;
        Object rawPeriod = salary.get("period");
        if (rawPeriod == null) {
            read.fail("salary.period", "is required");
        } else {
            period = Arrays.stream(Salary.Period.values()).filter(p -> p.label().equalsIgnoreCase(String.valueOf(rawPeriod)))
                    .findFirst().orElse(null);
            if (period == null) {
                read.fail("salary.period", "must be one of year, month, hour (was " + FieldReader.shown(rawPeriod) + ")");
            }
        }
        return min == null || max == null || currency == null || period == null ? null : new Salary(min, max, currency, period);
    }

    private static @Nullable BigDecimal positive(FieldReader read, Map<?, ?> salary, String key) {
        BigDecimal value = read.number(salary, key, "salary." + key);
        if (value != null && value.signum() <= 0) {
            read.fail("salary." + key, "must be greater than 0 (was " + value.toPlainString() + ")");
            return null;
        }
        return value;
    }

    private static @Nullable Double demand(FieldReader read, Map<?, ?> map) {
        BigDecimal demand = read.number(map, "demand", "demand");
        if (demand == null) {
            return null;
        }
        if (demand.signum() < 0 || demand.compareTo(BigDecimal.TEN) > 0) {
            read.fail("demand", "must be a score from 0 to 10 (was " + demand.toPlainString() + ")");
            return null;
        }
        if (demand.stripTrailingZeros().scale() > 1) {
            read.fail("demand", "must have at most one decimal (was " + demand.toPlainString() + ")");
            return null;
        }
        return demand.doubleValue();
    }

    private static @Nullable Integer whole(FieldReader read, Map<?, ?> map, String key, int min, int max, String rule) {
        BigDecimal value = read.number(map, key, key);
        if (value == null) {
            return null;
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        if (!whole || value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            read.fail(key, rule + " (was " + value.toPlainString() + ")");
            return null;
        }
        return value.intValueExact();
    }

    private static <E extends Enum<E>> @Nullable E choice(FieldReader read, Map<?, ?> map, String key, Class<E> type) {
        Object value = map.get(key);
        if (value == null) {
            read.fail(key, "is required");
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(String.valueOf(value))) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(RoleValidator::label).collect(Collectors.joining(", "));
        read.fail(key, "must be one of " + allowed + " (was " + FieldReader.shown(value) + ")");
        return null;
    }

    private static String label(Enum<?> constant) {
        return constant instanceof Difficulty d ? d.label() : ((EntryBarrier) constant).label();
    }

    private static @Nullable List<String> skills(FieldReader read, Map<?, ?> map) {
        List<?> list = read.list(map, "skills", "skills", 1, MAX_SKILLS, "skills");
        if (list == null) {
            return null;
        }
        List<String> skills = read.texts(list, "skills", MAX_SKILL);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < skills.size(); i++) {
            if (!seen.add(skills.get(i).toLowerCase(Locale.ROOT))) {
                read.fail("skills[" + i + "]", "repeats an earlier skill (\"" + skills.get(i) + "\")");
            }
        }
        return skills;
    }

    private static @Nullable List<Source> sources(FieldReader read, Map<?, ?> map) {
        List<?> list = read.list(map, "sources", "sources", 1, MAX_SOURCES, "sources");
        if (list == null) {
            return null;
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "sources[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> source)) {
                read.fail(field, "must be a mapping with title, retrieved and optionally url");
                continue;
            }
            read.rejectUnknown(field + ".", source, SOURCE_FIELDS);
            String title = read.text(source, "title", field + ".title", MAX_SOURCE_TITLE, true);
            String url = url(read, source, field + ".url");
            LocalDate retrieved = date(read, source, field + ".retrieved");
            if (title != null && retrieved != null) {
                sources.add(new Source(title, url, retrieved));
            }
        }
        return sources;
    }

    private static @Nullable String url(FieldReader read, Map<?, ?> source, String field) {
        String url = read.text(source, "url", field, 2000, false);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        read.fail(field, "must be an http or https address (was " + FieldReader.shown(url) + ")");
        return null;
    }

    private static @Nullable LocalDate date(FieldReader read, Map<?, ?> source, String field) {
        Object value = source.get("retrieved");
        if (value == null) {
            read.fail(field, "is required");
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            read.fail(field, "must be a date written YYYY-MM-DD (was " + FieldReader.shown(value) + ")");
            return null;
        }
    }
}
