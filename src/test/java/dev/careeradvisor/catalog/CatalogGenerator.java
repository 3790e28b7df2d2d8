package dev.careeradvisor.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes valid random catalogs for tests and benchmarks: up to 10,000 roles, fields at their maximal
 * lengths, and hostile names (mentions, markup, right-to-left text, emoji). Every role it makes
 * passes {@link RoleValidator}; the documents are the YAML mappings that would produce them.
 */
public final class CatalogGenerator {

    static final List<String> HOSTILE = List.of("@everyone", "@here", "<b>bold</b>", "<script>alert(1)</script>",
            "**markdown**", "`code`", "[link](http://x)", "\u202Eevil", "🚀 Rocket", "Ünïcödé", "'; DROP TABLE roles; --",
            "&amp; entity", "|| pipes ||", "#channel", "a\u200Bb");
    static final List<String> WORDS = List.of("data", "cloud", "security", "platform", "machine", "learning", "design",
            "product", "quality", "network", "robotics", "finance", "health", "game", "mobile", "research", "ops", "vision");

    private final Random random;

    public CatalogGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} valid role documents with unique names and slugs, deterministic for the seed. */
    public List<Map<String, Object>> documents(int count) {
        List<Map<String, Object>> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(document(i));
        }
        return documents;
    }

    /** The same catalog as checked roles. */
    public List<Role> roles(int count) {
        RoleValidator validator = new RoleValidator();
        return documents(count).stream().map(d -> {
            RoleCheck check = validator.check("generated", d);
            if (!check.isValid()) {
                throw new IllegalStateException("generator made an invalid role: " + check.violations());
            }
            return check.role();
        }).toList();
    }

    private Map<String, Object> document(int i) {
        boolean maximal = i % 10 == 0;
        String name = name(i, maximal);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", name);
        d.put("slug", "role-" + i + "-" + word());
        d.put("category", maximal ? pad("Category " + (i % 7), 50) : "Category " + (i % 7));
        d.put("interest", maximal ? pad("Interest " + (i % 5), 50) : word());
        d.put("aliases", maximal ? repeat(10, n -> pad("alias " + i + " " + n, 100)) : List.of(word() + " " + i));
        d.put("summary", maximal ? pad("Summary of " + name, 300) : "A role about " + word());
        int min = 20_000 + random.nextInt(100_000);
        d.put("salary", Map.of("min", min, "max", min + random.nextInt(200_000), "currency", "USD", "period", "year"));
        d.put("demand", random.nextInt(101) / 10.0);
        d.put("aiReplacementRisk", random.nextInt(101));
        d.put("learningCurveMonths", 1 + random.nextInt(48));
        d.put("difficulty", List.of("Beginner", "Intermediate", "Advanced", "Expert").get(random.nextInt(4)));
        d.put("entryBarrier", List.of("Low", "Medium", "High").get(random.nextInt(3)));
        d.put("remoteFriendly", random.nextBoolean());
        d.put("requiresCoding", random.nextBoolean());
        d.put("skills", repeat(maximal ? 30 : 3 + random.nextInt(10), n -> skill(n, maximal)));
        d.put("sources", repeat(maximal ? 5 : 1, n -> Map.of("title", pad("Source " + n, maximal ? 200 : 8),
                "url", "https://example.org/" + i + "/" + n, "retrieved", "2026-11-22")));
        return d;
    }

    private String name(int i, boolean maximal) {
        String base = HOSTILE.get(i % HOSTILE.size()) + " " + word() + " " + i;
        return maximal ? pad(base, 100) : base;
    }

    private String skill(int n, boolean maximal) {
        String skill = word() + " " + word() + " and " + word() + " " + n;
        return maximal ? pad(skill, 200) : skill;
    }

    private String word() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static String pad(String text, int length) {
        StringBuilder padded = new StringBuilder(text.length() > length ? text.substring(0, length) : text);
        while (padded.length() < length) {
            padded.append('x');
        }
        return padded.toString();
    }

    private static <T> List<T> repeat(int count, java.util.function.IntFunction<T> make) {
        List<T> list = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            list.add(make.apply(n));
        }
        return list;
    }

    /** A small valid role for tests that only care about its name. */
    public static Role role(String name, String slug) {
        return new Role(name, slug, "Testing", "Testing", List.of(),
                new Salary(BigDecimal.ONE, BigDecimal.TEN, Currency.getInstance("USD"), Salary.Period.YEAR), 5.0, 50, 6,
                Difficulty.BEGINNER, EntryBarrier.LOW, true, false, List.of("Testing things"), null,
                List.of(new Source("Test", null, LocalDate.of(2026, 11, 22))));
    }
}
