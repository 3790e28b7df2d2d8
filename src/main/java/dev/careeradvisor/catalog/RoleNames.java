package dev.careeradvisor.catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.search.spell.JaroWinklerDistance;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Resolves what people type to roles: slug, name or alias, in any case, by prefix, by single words
 * and with small typos. It never guesses: a name that fits several roles is reported as ambiguous,
 * and a name that fits none comes back with the closest names.
 *
 * <p>Lookups go through indexes (whole names, and the words of every name in order), so that they
 * take about as long over 10,000 roles as over six: a prefix is a range of words, a typo a pass over
 * the distinct words, never over every role.
 */
final class RoleNames {

    static final int MAX_SUGGESTIONS = 5;
    private static final int MIN_PREFIX = 2;
    /** Up to this many names every name is weighed for suggestions; past it, only names sharing a word's start. */
    private static final int SCAN_ALL_UP_TO = 2_000;
    private static final JaroWinklerDistance SIMILARITY = new JaroWinklerDistance();

    /** One way to name a role (its name, slug or an alias); {@code rank} is the role's place in name order. */
    private record Key(Role role, int rank, String text, String compact, List<String> tokens) {
        // one key is one entry of the index: identity, not a hash over the whole role, which is costly
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private final List<Key> keys = new ArrayList<>();
    private final Map<String, List<Key>> byWhole = new HashMap<>();
    private final NavigableMap<String, List<Key>> byText = new TreeMap<>();
    private final NavigableMap<String, List<Key>> byCompact = new TreeMap<>();
    private final NavigableMap<String, List<Key>> byToken = new TreeMap<>();
    /** The distinct words by length: a word with a typo can only be one of nearly its own length. */
    private final Map<Integer, List<String>> tokensByLength = new HashMap<>();
    private final List<Role> inNameOrder;
    /**
     * Resolutions already made: people type the same few names again and again, and a name that fits
     * nothing (each half a pair-splitter tries) costs typo automata and a similarity ranking.
     */
    private final Cache<String, NameResolution> resolved = Caffeine.newBuilder().maximumSize(2_000).build();

    /** @param roles in name order, as the catalog keeps them */
    RoleNames(Collection<Role> roles) {
        inNameOrder = List.copyOf(roles);
        for (int rank = 0; rank < inNameOrder.size(); rank++) {
            Role role = inNameOrder.get(rank);
            Set<String> texts = new LinkedHashSet<>();
            texts.add(NameKeys.normalise(role.name()));
            texts.add(NameKeys.normalise(role.slug()));
            role.aliases().forEach(alias -> texts.add(NameKeys.normalise(alias)));
            for (String text : texts) {
                Key key = new Key(role, rank, text, NameKeys.compact(text), wordsOf(text));
                keys.add(key);
                byWhole.computeIfAbsent(key.compact(), k -> new ArrayList<>()).add(key);
                byText.computeIfAbsent(key.text(), k -> new ArrayList<>()).add(key);
                byCompact.computeIfAbsent(key.compact(), k -> new ArrayList<>()).add(key);
                for (String token : new LinkedHashSet<>(key.tokens())) {
                    byToken.computeIfAbsent(token, k -> {
                        tokensByLength.computeIfAbsent(k.length(), n -> new ArrayList<>()).add(k);
                        return new ArrayList<>();
                    }).add(key);
                }
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
        BitSet matches = ranks(byWhole.getOrDefault(NameKeys.compact(query), List.of()));
        if (matches.isEmpty()) {
            List<String> words = NameKeys.tokens(query);
            matches = rolesWithEveryWord(words, false);
            if (matches.isEmpty()) {
                matches = rolesWithEveryWord(words, true);
                if (matches.cardinality() == 1) {
                    return new NameResolution.Found(inNameOrder.get(matches.nextSetBit(0)), true);
                }
            }
        }
        if (matches.cardinality() == 1) {
            return new NameResolution.Found(inNameOrder.get(matches.nextSetBit(0)), false);
        }
        if (!matches.isEmpty()) {
            return new NameResolution.Ambiguous(closest(query, keysOf(matches)));
        }
        return new NameResolution.NotFound(closest(query, suggestionCandidates(query)));
    }

    /**
     * Roles for autocomplete: those whose slug, name or alias, or one of their words, starts with what
     * was typed so far; ordered with whole-name prefixes first, then by name.
     */
    List<Role> complete(String typed, int limit) {
        String query = NameKeys.normalise(typed);
        if (query.isEmpty()) {
            return inNameOrder.subList(0, Math.min(limit, inNameOrder.size()));
        }
        BitSet whole = new BitSet();
        range(byText, query).forEach(list -> list.forEach(key -> whole.set(key.rank())));
        range(byCompact, NameKeys.compact(query)).forEach(list -> list.forEach(key -> whole.set(key.rank())));
        List<Role> found = new ArrayList<>(limit);
        take(whole, found, limit);
        if (found.size() < limit) {
            BitSet byWord = ranks(rolesWithEveryWordPrefix(NameKeys.tokens(query)));
            byWord.andNot(whole);
            take(byWord, found, limit);
        }
        return found;
    }

    private void take(BitSet ranks, List<Role> into, int limit) {
        for (int rank = ranks.nextSetBit(0); rank >= 0 && into.size() < limit; rank = ranks.nextSetBit(rank + 1)) {
            into.add(inNameOrder.get(rank));
        }
    }

    private static BitSet ranks(Collection<Key> keys) {
        BitSet ranks = new BitSet();
        keys.forEach(key -> ranks.set(key.rank()));
        return ranks;
    }

    private static Collection<List<Key>> range(NavigableMap<String, List<Key>> index, String prefix) {
        return index.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values();
    }

    /** Keys with a word starting with each typed word (any word, for autocomplete). */
    private List<Key> rolesWithEveryWordPrefix(List<String> words) {
        List<Key> candidates = null;
        for (String word : words) {
            Set<Key> withWord = new LinkedHashSet<>();
            range(byToken, word).forEach(withWord::addAll);
            candidates = candidates == null ? new ArrayList<>(withWord) : candidates.stream().filter(withWord::contains).toList();
            if (candidates.isEmpty()) {
                break;
            }
        }
        return candidates == null ? List.of() : candidates;
    }

    /** Roles one of whose names has, for every typed word, a word it starts (or, with typos, one it nearly is). */
    private BitSet rolesWithEveryWord(List<String> words, boolean typos) {
        Set<Key> candidates = null;
        for (String word : words) {
            Set<Key> withWord = new LinkedHashSet<>();
            if (word.length() >= MIN_PREFIX) {
                range(byToken, word).forEach(withWord::addAll);
            } else {
                withWord.addAll(byToken.getOrDefault(word, List.of()));
            }
            int edits = typos ? editsFor(word) : 0;
            if (edits > 0) {
                CharacterRunAutomaton nearly = new CharacterRunAutomaton(new LevenshteinAutomata(word, true).toAutomaton(edits));
                for (int length = word.length() - edits; length <= word.length() + edits; length++) {
                    for (String token : tokensByLength.getOrDefault(length, List.of())) {
                        if (nearly.run(token)) {
                            withWord.addAll(byToken.get(token));
                        }
                    }
                }
            }
            if (candidates == null) {
                candidates = withWord;
            } else {
                candidates.retainAll(withWord);
            }
            if (candidates.isEmpty()) {
                return new BitSet();
            }
        }
        return candidates == null ? new BitSet() : ranks(candidates);
    }

    /** The typos a word's length allows (transpositions count as one); none for words too short to forgive. */
    private static int editsFor(String word) {
        return word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
    }

    private List<Key> keysOf(BitSet ranks) {
        return keys.stream().filter(key -> ranks.get(key.rank())).toList();
    }

    /**
     * Every name of a small catalog. In a large one, the names sharing the most word starts with what
     * was typed (the first two letters of each word), at most {@code SCAN_ALL_UP_TO} of them: weighing
     * every one of 10,000 names would cost far more than the five suggestions are worth.
     */
    private Collection<Key> suggestionCandidates(String query) {
        if (keys.size() <= SCAN_ALL_UP_TO) {
            return keys;
        }
        Map<Key, Integer> shared = new HashMap<>();
        for (String word : new LinkedHashSet<>(NameKeys.tokens(query))) {
            Set<Key> withStart = new LinkedHashSet<>();
            range(byToken, word.substring(0, Math.min(word.length(), 2))).forEach(withStart::addAll);
            withStart.forEach(key -> shared.merge(key, 1, Integer::sum));
        }
        if (shared.size() <= SCAN_ALL_UP_TO / 4) {
            return shared.keySet();
        }
        return shared.entrySet().stream().sorted(Map.Entry.<Key, Integer>comparingByValue().reversed())
                .limit(SCAN_ALL_UP_TO / 4).map(Map.Entry::getKey).toList();
    }

    /** The roles whose names come closest to the query, best first, at most five. */
    private List<Role> closest(String query, Collection<Key> candidates) {
        List<String> typed = NameKeys.tokens(query);
        Map<Integer, Float> scores = new HashMap<>();
        for (Key key : candidates) {
            scores.merge(key.rank(), similarity(query, typed, key), Math::max);
        }
        // equal scores go in name order, which is rank order
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_SUGGESTIONS)
                .map(entry -> inNameOrder.get(entry.getKey()))
                .toList();
    }

    /** Whole-string likeness, plus how well each typed word finds its best word in the name. */
    private static float similarity(String query, List<String> typed, Key key) {
        float whole = SIMILARITY.getDistance(query, key.text());
        float words = 0;
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
