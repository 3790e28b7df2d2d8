package dev.careeradvisor.compare;

import dev.careeradvisor.Messages;
import dev.careeradvisor.catalog.Catalog;

/** A comparison service as the application builds it, for tests without a Spring context. */
public final class Comparisons {

    private Comparisons() {
    }

    public static ComparisonService over(Catalog catalog) {
        double threshold = Double.parseDouble(CompareProperties.DEFAULT_RELATED_THRESHOLD);
        return new ComparisonService(new LuceneSkillMatcher(threshold), catalog, new Glance(Messages.accessor()),
                Messages.accessor(), 1000);
    }
}
