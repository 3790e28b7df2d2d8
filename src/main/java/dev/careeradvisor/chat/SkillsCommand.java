package dev.careeradvisor.chat;

import java.util.List;

import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.compare.ComparisonService;

/** {@code skills A B}: the full skills breakdown of a comparison (what the Skills button opens). */
final class SkillsCommand implements ChatCommand {

    private final CompareCommand compare;
    private final Catalogs catalogs;
    private final ComparisonService comparisons;
    private final ComparisonCards cards;

    SkillsCommand(CompareCommand compare, Catalogs catalogs, ComparisonService comparisons, ComparisonCards cards) {
        this.compare = compare;
        this.catalogs = catalogs;
        this.comparisons = comparisons;
        this.cards = cards;
    }

    @Override
    public String name() {
        return "skills";
    }

    @Override
    public Reply handle(Actor actor, List<String> arguments) {
        Catalog catalog = catalogs.of(Scopes.of(actor));
        return compare.resolve(catalog, arguments, name(), pair -> {
            var comparison = comparisons.compare(catalog, pair.a(), pair.b());
            return Reply.of(cards.skills(comparison), comparison.skills());
        });
    }
}
