package dev.careeradvisor.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.search.spell.JaroWinklerDistance;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Resolves what people type to roles: slug, name or alias, in any case, by prefix, by single words
 * and with small typos. It never guesses: a name that fits several roles is reported as ambiguous,
 * and a name that fits none comes back with the closest names.
 */
final class RoleNames {

    static final int MAX_SUGGESTIONS = 5;
    private static final int MIN_PREFIX = 2;
    private static final JaroWinklerDistance SIMILARITY = new JaroWinklerDistance();

    private record Key(Role role, String text, String compact, List<String> tokens) {
    }

    private final List<Key> keys = new ArrayList<>();
    private final Map<String, List<Key>> byWhole = new HashMap<>();
    /**
     * Resolutions already made: people type the same few names again and again, and a name that fits
     * nothing (each half a pair-splitter tries) costs typo automata and a similarity ranking.
     */
    private final Cache<String, NameResolution> resolved = Caffeine.newBuilder().maximumSize(2_000).build();

    RoleNames(Collection<Role> roles) {
        for (Role role : roles) {
            Set<String> texts = new LinkedHashSet<>();
            texts.add(NameKeys.normalise(role.name()));
            texts.add(NameKeys.normalise(role.slug()));
            role.aliases().forEach(alias -> texts.add(NameKeys.normalise(alias)));
            for (String text : texts) {
                Key key = new Key(role, text, NameKeys.compact(text), wordsOf(text));
                keys.add(key);
                byWhole.computeIfAbsent(key.compact(), k -> new ArrayList<>()).add(key);
            }
        }
    }

    /** The words of a name, plus each two neighbours written as one ("multiagent", "ondevice"). */
    private static List<String> wordsOf(String text) {
        List<String> tokens = NameKeys.tokens(text);
        List<String> words = new ArrayList<>(tokens);
        for (int i = 1; i < tokens.size(); i++) {
            words.add(tokens.get(i - 1) + tokens.get(i));
        }
        return List.copyOf(words);
    }

    NameResolution resolve(String typed) {
        return resolved.get(typed, this::resolveNow);
    }

    private NameResolution resolveNow(String typed) {
        String query = NameKeys.normalise(typed);
        if (query.isEmpty()) {
            return new NameResolution.NotFound(List.of());
        }
        List<Key> exact = byWhole.getOrDefault(NameKeys.compact(query), List.of());
        Set<Role> matches = rolesOf(exact);
        if (matches.isEmpty()) {
            List<String> words = NameKeys.tokens(query);
            matches = rolesWhere(key -> words.stream().allMatch(word -> key.tokens().stream().anyMatch(t -> byPrefix(word, t))));
            if (matches.isEmpty()) {
                List<CharacterRunAutomaton> fuzzy = words.stream().map(RoleNames::typosOf).toList();
                matches = rolesWhere(key -> allWordsNearly(words, fuzzy, key.tokens()));
                if (matches.size() == 1) {
                    return new NameResolution.Found(matches.iterator().next(), true);
                }
            }
        }
        if (matches.size() == 1) {
            return new NameResolution.Found(matches.iterator().next(), false);
        }
        if (!matches.isEmpty()) {
            return new NameResolution.Ambiguous(closest(query, matches));
        }
        return new NameResolution.NotFound(closest(query, rolesOf(keys)));
    }

    /**
     * Roles for autocomplete: those whose slug, name or alias, or one of their words, starts with what
     * was typed so far; ordered with whole-name prefixes first, then by name.
     */
    List<Role> complete(String typed, int limit) {
        String query = NameKeys.normalise(typed);
        Set<Role> byWhole = new LinkedHashSet<>();
        Set<Role> byWord = new LinkedHashSet<>();
        for (Key key : keys) {
            if (query.isEmpty() || key.text().startsWith(query) || key.compact().startsWith(NameKeys.compact(query))) {
                byWhole.add(key.role());
            } else if (NameKeys.tokens(query).stream().allMatch(w -> key.tokens().stream().anyMatch(t -> t.startsWith(w)))) {
                byWord.add(key.role());
            }
        }
        byWord.removeAll(byWhole);
        return java.util.stream.Stream.concat(byWhole.stream().sorted(byName()), byWord.stream().sorted(byName()))
                .limit(limit).toList();
    }

    private static boolean byPrefix(String word, String token) {
        return word.length() >= MIN_PREFIX ? token.startsWith(word) : token.equals(word);
    }

    private static boolean allWordsNearly(List<String> words, List<CharacterRunAutomaton> fuzzy, List<String> tokens) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            CharacterRunAutomaton typos = fuzzy.get(i);
            if (tokens.stream().noneMatch(t -> byPrefix(word, t) || (typos != null && typos.run(t)))) {
                return false;
            }
        }
        return true;
    }

    /** An automaton accepting the word with the typos its length allows, or null for words too short to forgive. */
    private static CharacterRunAutomaton typosOf(String word) {
        int edits = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
        return edits == 0 ? null : new CharacterRunAutomaton(new LevenshteinAutomata(word, true).toAutomaton(edits));
    }

    private Set<Role> rolesWhere(Predicate<Key> test) {
        Set<Role> roles = new LinkedHashSet<>();
        for (Key key : keys) {
            if (test.test(key)) {
                roles.add(key.role());
            }
        }
        return roles;
    }

    private static Set<Role> rolesOf(Collection<Key> keys) {
        Set<Role> roles = new LinkedHashSet<>();
        keys.forEach(key -> roles.add(key.role()));
        return roles;
    }

    /** The roles whose names come closest to the query, best first, at most five. */
    private List<Role> closest(String query, Set<Role> roles) {
        Map<Role, Float> scores = new HashMap<>();
        for (Key key : keys) {
            if (roles.contains(key.role())) {
                scores.merge(key.role(), similarity(query, key), Math::max);
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Role, Float>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().name(), String.CASE_INSENSITIVE_ORDER))
                .limit(MAX_SUGGESTIONS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Whole-string likeness, plus how well each typed word finds its best word in the name. */
    private static float similarity(String query, Key key) {
        float whole = SIMILARITY.getDistance(query, key.text());
        float words = 0;
        List<String> typed = NameKeys.tokens(query);
        for (String word : typed) {
            float best = 0;
            for (String token : key.tokens()) {
                best = Math.max(best, token.startsWith(word) ? 1f : SIMILARITY.getDistance(word, token));
            }
            words += best;
        }
        return whole + words / typed.size();
    }

    static Comparator<Role> byName() {
        return Comparator.comparing(Role::name, String.CASE_INSENSITIVE_ORDER);
    }
}
