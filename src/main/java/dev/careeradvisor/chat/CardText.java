package dev.careeradvisor.chat;

import java.util.List;
import java.util.stream.Collectors;

import dev.careeradvisor.catalog.Source;

/** Small text helpers the card builders share. */
final class CardText {

    private CardText() {
    }

    static String lines(List<String> lines, String bullet, String none) {
        return lines.isEmpty() ? none : lines.stream().map(line -> bullet + line).collect(Collectors.joining("\n"));
    }

    /** Each distinct source once, with the day its figures were taken. */
    static String sources(List<Source> sources) {
        return sources.stream().distinct()
                .map(s -> s.title() + " (" + s.retrieved() + ")")
                .collect(Collectors.joining("; "));
    }
}
