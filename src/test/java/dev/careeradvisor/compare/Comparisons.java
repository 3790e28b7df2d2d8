package dev.careeradvisor.compare;

import dev.careeradvisor.Messages;
import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.Role;

/** A comparison service as the application builds it, bound to one catalog, for tests without a Spring context. */
public final class Comparisons {

    private Comparisons() {
    }

    public static ComparisonService service() {
        double threshold = Double.parseDouble(CompareProperties.DEFAULT_RELATED_THRESHOLD);
        return new ComparisonService(new LuceneSkillMatcher(threshold), new Glance(Messages.accessor()), Messages.accessor(), 1000);
    }

    public static Bound over(Catalog catalog) {
        return new Bound(service(), catalog);
    }

    /** The service and the catalog its comparisons are made in. */
    public record Bound(ComparisonService service, Catalog catalog) {
        public Comparison compare(Role a, Role b) {
            return service.compare(catalog, a, b);
        }
    }
}
