package dev.careeradvisor.web;

import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.Scope;
import dev.careeradvisor.catalog.PairResolution;
import dev.careeradvisor.compare.ComparisonService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CompareController {

    private final Catalogs catalogs;
    private final ComparisonService comparisons;
    private final Problems problems;

    CompareController(Catalogs catalogs, ComparisonService comparisons, Problems problems) {
        this.catalogs = catalogs;
        this.comparisons = comparisons;
        this.problems = problems;
    }

    /** The comparison of a with b, each resolved as forgivingly as in chat; the same JSON as {@code compare --json}. */
    @GetMapping("/api/compare")
    ResponseEntity<?> compare(@RequestParam String a, @RequestParam String b) {
        if (a.isBlank() || b.isBlank()) {
            return problems.blankParameter(a.isBlank() ? "a" : "b");
        }
        Catalog catalog = catalogs.of(Scope.GLOBAL);
        PairResolution resolution = catalog.resolvePair(a, b);
        if (resolution instanceof PairResolution.Unresolved unresolved) {
            return problems.unresolved(unresolved.name(), unresolved.resolution());
        }
        PairResolution.Pair pair = (PairResolution.Pair) resolution;
        if (pair.a().sameEntryAs(pair.b())) {
            return problems.sameRole(pair.a());
        }
        return ResponseEntity.ok(comparisons.compare(catalog, pair.a(), pair.b()));
    }
}
