package dev.careeradvisor.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.careeradvisor.catalog.BundledRoles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Measures the skill matcher against hand-labelled pairs drawn from the six bundled roles
 * ({@code compare/related-skill-pairs.tsv}: label, skill A, skill B, reason), at the shipped threshold.
 */
class RelatedSkillsEvaluationTest {

    static final double SHIPPED_THRESHOLD = Double.parseDouble(CompareProperties.DEFAULT_RELATED_THRESHOLD);

    record LabelledPair(boolean related, String a, String b, String reason) {
    }

    static List<LabelledPair> pairs;
    static SkillMatcher.SkillIndex index;

    @BeforeAll
    static void setUp() throws IOException {
        pairs = Files.readAllLines(Path.of("src/test/resources/compare/related-skill-pairs.tsv"), StandardCharsets.UTF_8)
                .stream()
                .skip(1)
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(f -> new LabelledPair(f[0].equals("related"), f[1], f[2], f[3]))
                .toList();
        index = new LuceneSkillMatcher(SHIPPED_THRESHOLD).index(BundledRoles.all());
    }

    boolean predicted(LabelledPair pair, double threshold) {
        return index.sharedKey(pair.a()).equals(index.sharedKey(pair.b())) || index.relatedness(pair.a(), pair.b()) >= threshold;
    }

    @Test
    @DisplayName("precision ≥ 0.9 and recall ≥ 0.7 on at least 60 labelled pairs")
    void precisionAndRecall() {
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(60);
        for (double threshold = 0.10; threshold <= 0.501; threshold += 0.05) {
            System.out.printf("threshold %.3f: %s%n", threshold, score(threshold));
        }
        Score shipped = score(SHIPPED_THRESHOLD);
        System.out.printf("shipped threshold %.3f on %d pairs: %s%n", SHIPPED_THRESHOLD, pairs.size(), shipped);
        pairs.stream().filter(p -> p.related() != predicted(p, SHIPPED_THRESHOLD)).forEach(p -> System.out.printf(
                "  %s %.3f  %s  ~  %s%n", p.related() ? "missed" : "wrong ", index.relatedness(p.a(), p.b()), p.a(), p.b()));
        assertThat(shipped.precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(shipped.recall()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void findsPromptEngineeringAcrossRoutingAndMultiAgent() {
        assertThat(index.relatedness("Prompt engineering and template management for consistent output formatting across models",
                "LLM prompt engineering and chain-of-thought reasoning")).isGreaterThanOrEqualTo(SHIPPED_THRESHOLD);
    }

    @Test
    void neverPairsQuantizationWithPromptTemplates() {
        List<String> quantization = List.of("Quantization (post-training, quantization-aware training)",
                "Quantization mastery: INT8, INT4, mixed-precision, calibration datasets, and per-channel vs. per-tensor schemes");
        List<String> prompts = List.of("Prompt engineering and template management for consistent output formatting across models",
                "Prompt engineering, templating, and dynamic prompt management at scale");
        for (String q : quantization) {
            for (String p : prompts) {
                assertThat(index.relatedness(q, p)).as(q + " ~ " + p).isLessThan(SHIPPED_THRESHOLD);
            }
        }
    }

    record Score(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format("precision %.3f, recall %.3f (tp %d, fp %d, fn %d)", precision(), recall(),
                    truePositives, falsePositives, falseNegatives);
        }
    }

    Score score(double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (LabelledPair pair : pairs) {
            boolean guess = predicted(pair, threshold);
            if (guess && pair.related()) {
                tp++;
            } else if (guess) {
                fp++;
            } else if (pair.related()) {
                fn++;
            }
        }
        return new Score(tp, fp, fn);
    }
}
