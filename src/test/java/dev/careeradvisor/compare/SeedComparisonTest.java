package dev.careeradvisor.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.careeradvisor.catalog.BundledRoles;
import dev.careeradvisor.catalog.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The five seed pages, pair by pair: the glance figures are the page's, and the verdicts are ours,
 * which differ from the page's text only where the page gave a tie to the first-named role.
 */
class SeedComparisonTest {

    static final String ROUTING = "ai-model-routing-engineer";
    static final String ON_DEVICE = "ai-on-device-ai-engineer";
    static final String COMPRESSION = "ai-model-compression-engineer";
    static final String MULTIMODAL = "ai-multimodal-systems-engineer";
    static final String MULTI_AGENT = "ai-multi-agent-systems-engineer";
    static final String MIDDLEWARE = "ai-middleware-engineer";

    static Comparisons.Bound comparisons;

    @BeforeAll
    static void setUp() {
        comparisons = Comparisons.over(BundledRoles.catalog());
    }

    static Comparison compare(String a, String b) {
        return comparisons.compare(BundledRoles.bySlug(a), BundledRoles.bySlug(b));
    }

    static Map<String, List<String>> glance(Comparison comparison) {
        return comparison.glance().stream().collect(Collectors.toMap(GlanceRow::label, r -> List.of(r.a(), r.b())));
    }

    @ParameterizedTest(name = "seed {0}: {1} vs {2}")
    @CsvSource(delimiter = '|', textBlock = """
            000 | ai-model-routing-engineer     | ai-on-device-ai-engineer        | $135,000-$210,000/yr | $130,000-$220,000/yr | 9.0/10 | 9.1/10 | 15% | 15% | 8 months  | 10 months | High   | High
            001 | ai-model-compression-engineer | ai-model-routing-engineer       | $120,000-$200,000/yr | $135,000-$210,000/yr | 9.0/10 | 9.0/10 | 20% | 15% | 12 months | 8 months  | High   | High
            002 | ai-model-routing-engineer     | ai-multimodal-systems-engineer  | $135,000-$210,000/yr | $130,000-$200,000/yr | 9.0/10 | 9.2/10 | 15% | 15% | 8 months  | 9 months  | High   | High
            003 | ai-model-routing-engineer     | ai-multi-agent-systems-engineer | $135,000-$210,000/yr | $120,000-$280,000/yr | 9.0/10 | 9.2/10 | 15% | 15% | 8 months  | 10 months | High   | High
            004 | ai-middleware-engineer        | ai-model-routing-engineer       | $120,000-$210,000/yr | $135,000-$210,000/yr | 9.2/10 | 9.0/10 | 15% | 15% | 8 months  | 8 months  | Medium | High
            """)
    void glanceFiguresAreTheSeedPagesFigures(String seed, String a, String b, String salaryA, String salaryB, String demandA,
            String demandB, String riskA, String riskB, String curveA, String curveB, String barrierA, String barrierB) {
        Map<String, List<String>> glance = glance(compare(a, b));
        assertThat(glance.get("Salary Range")).containsExactly(salaryA, salaryB);
        assertThat(glance.get("Demand Score")).containsExactly(demandA, demandB);
        assertThat(glance.get("AI Replacement Risk")).containsExactly(riskA, riskB);
        assertThat(glance.get("Learning Curve")).containsExactly(curveA, curveB);
        assertThat(glance.get("Difficulty")).containsExactly("Advanced", "Advanced");
        assertThat(glance.get("Entry Barrier")).containsExactly(barrierA, barrierB);
        assertThat(glance.get("Remote Friendly")).containsExactly("✅ Yes", "✅ Yes");
        assertThat(glance.get("Requires Coding")).containsExactly("✅ Yes", "✅ Yes");
    }

    @Test
    void seed000RoutingVsOnDevice() {
        Comparison c = compare(ROUTING, ON_DEVICE);
        assertWinner(c, Criterion.SALARY_CEILING, ON_DEVICE);
        assertWonByLearningCurve(c, ROUTING, "8 vs 10 months");
        assertWinner(c, Criterion.DEMAND, ON_DEVICE);
        // The seed says Routing "has a lower AI replacement risk"; both are 15%.
        assertTie(c, Criterion.AI_REPLACEMENT_RISK);
    }

    @Test
    void seed001CompressionVsRouting() {
        Comparison c = compare(COMPRESSION, ROUTING);
        assertWinner(c, Criterion.SALARY_CEILING, ROUTING);
        // The seed gives Compression the lower entry barrier: both are High, and Routing's 8 months beat 12.
        assertWonByLearningCurve(c, ROUTING, "8 vs 12 months");
        // The seed: "Compression scores higher on future market demand (tied)". 9.0 vs 9.0 is a tie.
        assertTie(c, Criterion.DEMAND);
        assertWinner(c, Criterion.AI_REPLACEMENT_RISK, ROUTING);
    }

    @Test
    void seed002RoutingVsMultimodal() {
        Comparison c = compare(ROUTING, MULTIMODAL);
        assertWinner(c, Criterion.SALARY_CEILING, ROUTING);
        assertWonByLearningCurve(c, ROUTING, "8 vs 9 months");
        assertWinner(c, Criterion.DEMAND, MULTIMODAL);
        // The seed says Routing "has a lower AI replacement risk"; both are 15%.
        assertTie(c, Criterion.AI_REPLACEMENT_RISK);
    }

    @Test
    void seed003RoutingVsMultiAgent() {
        Comparison c = compare(ROUTING, MULTI_AGENT);
        assertWinner(c, Criterion.SALARY_CEILING, MULTI_AGENT);
        assertWonByLearningCurve(c, ROUTING, "8 vs 10 months");
        assertWinner(c, Criterion.DEMAND, MULTI_AGENT);
        // The seed says Routing "has a lower AI replacement risk"; both are 15%.
        assertTie(c, Criterion.AI_REPLACEMENT_RISK);
    }

    @Test
    void seed004MiddlewareVsRouting() {
        Comparison c = compare(MIDDLEWARE, ROUTING);
        // The seed: "Middleware offers a higher salary ceiling (tied)". $210,000 vs $210,000 is a tie.
        assertTie(c, Criterion.SALARY_CEILING);
        Verdict barrier = c.verdict(Criterion.ENTRY_BARRIER);
        assertThat(barrier.winner()).isEqualTo(MIDDLEWARE);
        assertThat(barrier.decidedBy()).isNull();
        assertWinner(c, Criterion.DEMAND, MIDDLEWARE);
        // The seed says Middleware "has a lower AI replacement risk"; both are 15%.
        assertTie(c, Criterion.AI_REPLACEMENT_RISK);
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource(delimiter = '|', textBlock = """
            000 | ai-model-routing-engineer     | ai-on-device-ai-engineer        | Enjoy writing and debugging code;Want full remote flexibility;Are interested in Engineering | Enjoy writing and debugging code;Want full remote flexibility;Want the higher-demand career path;Are interested in Engineering
            001 | ai-model-compression-engineer | ai-model-routing-engineer       | Enjoy writing and debugging code;Want full remote flexibility;Are interested in Engineering | Enjoy writing and debugging code;Want full remote flexibility;Want lower AI replacement risk (15%);Are interested in Engineering
            002 | ai-model-routing-engineer     | ai-multimodal-systems-engineer  | Enjoy writing and debugging code;Want full remote flexibility;Are interested in Engineering | Enjoy writing and debugging code;Want full remote flexibility;Want the higher-demand career path;Are interested in Engineering
            003 | ai-model-routing-engineer     | ai-multi-agent-systems-engineer | Enjoy writing and debugging code;Want full remote flexibility;Are interested in Engineering | Enjoy writing and debugging code;Want full remote flexibility;Want the higher-demand career path;Are interested in Engineering
            004 | ai-middleware-engineer        | ai-model-routing-engineer       | Enjoy writing and debugging code;Want full remote flexibility;Want the higher-demand career path;Are interested in Engineering | Enjoy writing and debugging code;Want full remote flexibility;Are interested in Engineering
            """)
    void chooseIfHoldsEverySeedLineInTheSeedsWordingAndOrder(String seed, String a, String b, String seedA, String seedB) {
        ChooseIf chooseIf = compare(a, b).chooseIf();
        assertThat(chooseIf.a()).containsSubsequence(List.of(seedA.split(";")));
        assertThat(chooseIf.b()).containsSubsequence(List.of(seedB.split(";")));
    }

    @Test
    void chooseIfAddsTheLinesTheSeedsLeftOut() {
        Comparison c = compare(ROUTING, MULTI_AGENT);
        assertThat(c.chooseIf().a()).containsExactly("Enjoy writing and debugging code", "Want full remote flexibility",
                "Want an easier way in", "Are interested in Engineering");
        assertThat(c.chooseIf().b()).containsExactly("Enjoy writing and debugging code", "Want full remote flexibility",
                "Want the higher-demand career path", "Want a higher salary ceiling ($280,000/yr)", "Are interested in Engineering");
    }

    @Test
    void tiesAreNamedAsTiesInTheText() {
        Comparison c = compare(MIDDLEWARE, ROUTING);
        assertThat(c.verdict(Criterion.SALARY_CEILING).text()).isEqualTo("Both top out at $210,000/yr: a tie on salary ceiling.");
        assertThat(c.verdict(Criterion.AI_REPLACEMENT_RISK).text()).isEqualTo("Both carry a 15% AI replacement risk: a tie.");
    }

    static void assertWinner(Comparison c, Criterion criterion, String slug) {
        Verdict verdict = c.verdict(criterion);
        assertThat(verdict.winner()).as(criterion.key()).isEqualTo(slug);
        assertThat(verdict.tie()).isFalse();
    }

    static void assertTie(Comparison c, Criterion criterion) {
        Verdict verdict = c.verdict(criterion);
        assertThat(verdict.tie()).as(criterion.key()).isTrue();
        assertThat(verdict.winner()).isNull();
    }

    static void assertWonByLearningCurve(Comparison c, String slug, String months) {
        Verdict verdict = c.verdict(Criterion.ENTRY_BARRIER);
        assertThat(verdict.winner()).isEqualTo(slug);
        assertThat(verdict.decidedBy()).isEqualTo("learningCurve");
        assertThat(verdict.text()).contains("learning curve is shorter (" + months + ")");
    }
}
