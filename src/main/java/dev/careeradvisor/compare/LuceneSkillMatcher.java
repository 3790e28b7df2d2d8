package dev.careeradvisor.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.careeradvisor.catalog.Role;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * Relatedness from Lucene's analysis: words reduced to their stems, stop words dropped, the
 * field's acronyms unified by a synonym file (LLM, RAG, ONNX…), each stem weighted by how rare it
 * is among the catalog's skills (IDF), and two skills scored by the cosine of their weights.
 */
final class LuceneSkillMatcher implements SkillMatcher {

    private static final String SYNONYMS = "skill-synonyms.txt";
    private static final String STOPWORDS = "skill-stopwords.txt";
    private static final double EXAMPLE_WEIGHT = 0.5;
    private static final double PHRASE_WEIGHT = 1.5;

    private final Analyzer meaning;
    private final Analyzer sameness;
    private final double threshold;

    LuceneSkillMatcher(double threshold) {
        this.threshold = threshold;
        try {
            ClasspathResourceLoader resources = new ClasspathResourceLoader(LuceneSkillMatcher.class);
            this.meaning = CustomAnalyzer.builder(resources)
                    .withTokenizer("standard")
                    .addTokenFilter("englishPossessive")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("synonymGraph", "synonyms", SYNONYMS, "ignoreCase", "true")
                    .addTokenFilter("stop")
                    .addTokenFilter("stop", "words", STOPWORDS, "ignoreCase", "true")
                    .addTokenFilter("porterStem")
                    .build();
            this.sameness = CustomAnalyzer.builder(resources)
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("englishMinimalStem")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not set up skill analysis", e);
        }
    }

    @Override
    public SkillIndex index(Collection<Role> roles) {
        Set<String> skills = new LinkedHashSet<>();
        roles.forEach(role -> skills.addAll(role.skills()));
        Map<String, Map<String, Double>> stems = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String skill : skills) {
            Map<String, Double> terms = features(skill);
            stems.put(skill, terms);
            terms.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        return new Index(stems, documentFrequency, Math.max(1, skills.size()));
    }

    /**
     * The stems of a skill plus each pair of neighbouring stems, since a shared phrase says more than a
     * shared word. Stems of the examples a skill lists, after a colon or in brackets ("Edge inference
     * frameworks: TensorFlow Lite, ONNX Runtime…"), count for less than those of the skill's head.
     */
    private Map<String, Double> features(String skill) {
        int examples = firstIndexOf(skill, ':', '(');
        Map<String, Double> features = new HashMap<>();
        addPhrases(features, terms(meaning, skill.substring(0, examples)), 1.0);
        if (examples < skill.length()) {
            addPhrases(features, terms(meaning, skill.substring(examples)), EXAMPLE_WEIGHT);
        }
        return features;
    }

    private static void addPhrases(Map<String, Double> features, List<String> stems, double weight) {
        for (int i = 0; i < stems.size(); i++) {
            features.merge(stems.get(i), weight, Math::max);
            if (i > 0) {
                features.merge(stems.get(i - 1) + " " + stems.get(i), weight * PHRASE_WEIGHT, Math::max);
            }
        }
    }

    private static int firstIndexOf(String text, char... marks) {
        int first = text.length();
        for (char mark : marks) {
            int at = text.indexOf(mark);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return first;
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("skill", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not analyse a skill", e);
        }
        return terms;
    }

    /** A skill's stems with their weights, and the length of that weight vector. */
    private record Vector(Map<String, Double> weights, double norm) {
    }

    private final class Index implements SkillIndex {

        private final Map<String, Integer> documentFrequency;
        private final int documents;
        private final Map<String, Vector> vectors = new ConcurrentHashMap<>();
        private final Map<String, String> sharedKeys = new ConcurrentHashMap<>();

        Index(Map<String, Map<String, Double>> stems, Map<String, Integer> documentFrequency, int documents) {
            this.documentFrequency = documentFrequency;
            this.documents = documents;
            stems.forEach((skill, terms) -> {
                vectors.put(skill, vector(terms));
                sharedKeys.put(skill, sameKey(skill));
            });
        }

        @Override
        public String sharedKey(String skill) {
            return sharedKeys.computeIfAbsent(skill, LuceneSkillMatcher.this::sameKey);
        }

        @Override
        public double relatedness(String skillA, String skillB) {
            Vector a = vectorOf(skillA);
            Vector b = vectorOf(skillB);
            if (a.norm() == 0 || b.norm() == 0) {
                return 0;
            }
            double dot = 0;
            for (Map.Entry<String, Double> term : a.weights().entrySet()) {
                Double other = b.weights().get(term.getKey());
                if (other != null) {
                    dot += term.getValue() * other;
                }
            }
            return Math.min(1, dot / Math.min(a.norm() * a.norm(), b.norm() * b.norm()));
        }

        @Override
        public double threshold() {
            return threshold;
        }

        private Vector vectorOf(String skill) {
            return vectors.computeIfAbsent(skill, s -> vector(features(s)));
        }

        private Vector vector(Map<String, Double> terms) {
            Map<String, Double> weights = new HashMap<>();
            double squares = 0;
            for (Map.Entry<String, Double> term : terms.entrySet()) {
                double weight = term.getValue() * Math.log(1 + (double) documents / documentFrequency.getOrDefault(term.getKey(), 1));
                weights.put(term.getKey(), weight);
                if (!term.getKey().contains(" ")) {
                    squares += weight * weight;
                }
            }
            return new Vector(weights, Math.sqrt(squares));
        }
    }

    private String sameKey(String skill) {
        List<String> words = new ArrayList<>(terms(sameness, skill));
        words.removeIf("and"::equals);
        return String.join(" ", words);
    }
}
