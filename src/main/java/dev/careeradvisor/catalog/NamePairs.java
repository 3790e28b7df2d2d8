package dev.careeradvisor.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text that names two roles. Quotes, "vs" and commas always separate; a text with only
 * spaces is split where exactly one split resolves both halves to one role each, and otherwise
 * the candidate pairs are offered.
 */
final class NamePairs {

    private static final Pattern QUOTED = Pattern.compile("[\"“”«»]([^\"“”«»]*)[\"“”«»]");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:vs\\.?|versus)\\s+|\\s*,\\s*", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CHOICES = 5;

    private final RoleNames names;

    NamePairs(RoleNames names) {
        this.names = names;
    }

    PairResolution resolve(String text) {
        List<String> parts = quotedParts(text);
        if (parts == null) {
            parts = separatedParts(text);
        }
        if (parts.size() == 2) {
            return bothOf(parts.get(0), parts.get(1));
        }
        if (parts.size() == 1) {
            return bySpaces(parts.get(0).strip());
        }
        return new PairResolution.NotTwoNames(parts.size());
    }

    /** The names a pair of separate arguments means, such as two quoted command-line arguments. */
    PairResolution bothOf(String first, String second) {
        NameResolution a = names.resolve(first);
        NameResolution b = names.resolve(second);
        if (!(a instanceof NameResolution.Found foundA)) {
            return new PairResolution.Unresolved(first.strip(), a, b instanceof NameResolution.Found foundB ? foundB.role() : null);
        }
        if (!(b instanceof NameResolution.Found foundB)) {
            return new PairResolution.Unresolved(second.strip(), b, foundA.role());
        }
        return new PairResolution.Pair(foundA.role(), foundB.role());
    }

    private static List<String> quotedParts(String text) {
        Matcher quoted = QUOTED.matcher(text);
        List<String> parts = new ArrayList<>();
        int last = 0;
        boolean any = false;
        while (quoted.find()) {
            any = true;
            addUnquoted(parts, text.substring(last, quoted.start()));
            parts.add(quoted.group(1).strip());
            last = quoted.end();
        }
        if (!any) {
            return null;
        }
        addUnquoted(parts, text.substring(last));
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private static void addUnquoted(List<String> parts, String between) {
        for (String piece : SEPARATOR.split(between.strip(), -1)) {
            String name = piece.strip();
            if (!name.isEmpty() && !SEPARATOR.matcher(" " + name + " ").matches()) {
                parts.add(name);
            }
        }
    }

    private static List<String> separatedParts(String text) {
        List<String> parts = new ArrayList<>();
        for (String piece : SEPARATOR.split(text.strip(), -1)) {
            if (!piece.isBlank()) {
                parts.add(piece.strip());
            }
        }
        return parts;
    }

    private PairResolution bySpaces(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 2) {
            return new PairResolution.NotTwoNames(words.length == 1 && !words[0].isEmpty() ? 1 : 0);
        }
        List<Split> splits = new ArrayList<>();
        for (int cut = 1; cut < words.length; cut++) {
            String left = String.join(" ", List.of(words).subList(0, cut));
            String right = String.join(" ", List.of(words).subList(cut, words.length));
            splits.add(new Split(left, names.resolve(left), right, names.resolve(right)));
        }
        Set<PairResolution.Pair> readings = new LinkedHashSet<>();
        splits.stream().filter(Split::resolvesBoth).forEach(s -> readings.add(s.pair()));
        if (readings.size() == 1) {
            return readings.iterator().next();
        }
        if (readings.size() > 1) {
            return new PairResolution.Choices(List.copyOf(readings).subList(0, Math.min(MAX_CHOICES, readings.size())));
        }
        Set<PairResolution.Pair> candidates = new LinkedHashSet<>();
        for (Split split : splits) {
            for (Role a : candidatesOf(split.leftResolution())) {
                for (Role b : candidatesOf(split.rightResolution())) {
                    if (!a.sameEntryAs(b) && candidates.size() < MAX_CHOICES) {
                        candidates.add(new PairResolution.Pair(a, b));
                    }
                }
            }
        }
        if (!candidates.isEmpty()) {
            return new PairResolution.Choices(List.copyOf(candidates));
        }
        return splits.stream()
                .filter(s -> s.leftResolution() instanceof NameResolution.Found || s.rightResolution() instanceof NameResolution.Found)
                .findFirst()
                .map(Split::failingSide)
                .orElseGet(() -> new PairResolution.Unresolved(text, names.resolve(text), null));
    }

    private static List<Role> candidatesOf(NameResolution resolution) {
        if (resolution instanceof NameResolution.Found found) {
            return List.of(found.role());
        }
        return resolution instanceof NameResolution.Ambiguous ambiguous ? ambiguous.candidates() : List.of();
    }

    private record Split(String left, NameResolution leftResolution, String right, NameResolution rightResolution) {

        boolean resolvesBoth() {
            return leftResolution instanceof NameResolution.Found && rightResolution instanceof NameResolution.Found;
        }

        PairResolution.Pair pair() {
            return new PairResolution.Pair(((NameResolution.Found) leftResolution).role(),
                    ((NameResolution.Found) rightResolution).role());
        }

        PairResolution failingSide() {
            return leftResolution instanceof NameResolution.Found found
                    ? new PairResolution.Unresolved(right, rightResolution, found.role())
                    : new PairResolution.Unresolved(left, leftResolution, ((NameResolution.Found) rightResolution).role());
        }
    }
}
