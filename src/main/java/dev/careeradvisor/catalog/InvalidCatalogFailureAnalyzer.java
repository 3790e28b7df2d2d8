package dev.careeradvisor.catalog;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused catalog into a start-up report that lists each file, field and rule. */
class InvalidCatalogFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCatalogException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidCatalogException cause) {
        String problems = cause.violations().stream().map(v -> "    " + v).collect(Collectors.joining("\n"));
        return new FailureAnalysis(
                "The role catalog at " + cause.location() + " was refused:\n" + problems,
                "Fix each field named above and start again; `validate-roles DIR` checks a folder without starting the bot.",
                cause);
    }
}
