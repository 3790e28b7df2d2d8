package dev.careeradvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameResolutionTest {

    final Catalog catalog = BundledRoles.catalog();

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ai-model-routing-engineer          | ai-model-routing-engineer
            AI Model Routing Engineer          | ai-model-routing-engineer
            '  ai model ROUTING engineer  '    | ai-model-routing-engineer
            model routing engineer             | ai-model-routing-engineer
            llm router                         | ai-model-routing-engineer
            ai model rout                      | ai-model-routing-engineer
            routing                            | ai-model-routing-engineer
            multi agent                        | ai-multi-agent-systems-engineer
            multi-agent                        | ai-multi-agent-systems-engineer
            multiagent                         | ai-multi-agent-systems-engineer
            multimodal                         | ai-multimodal-systems-engineer
            on-device                          | ai-on-device-ai-engineer
            compression                        | ai-model-compression-engineer
            middleware                         | ai-middleware-engineer
            """)
    void resolvesSlugsNamesAliasesPrefixesAndWords(String typed, String slug) {
        assertThat(catalog.resolve(typed)).isInstanceOfSatisfying(NameResolution.Found.class, found -> {
            assertThat(found.role().slug()).isEqualTo(slug);
            assertThat(found.corrected()).isFalse();
        });
    }

    @ParameterizedTest(name = "typo \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            midleware          | ai-middleware-engineer
            rotuing            | ai-model-routing-engineer
            compresion         | ai-model-compression-engineer
            multimodel systems | ai-multimodal-systems-engineer
            """)
    void forgivesTyposAndSaysSo(String typed, String slug) {
        assertThat(catalog.resolve(typed)).isInstanceOfSatisfying(NameResolution.Found.class, found -> {
            assertThat(found.role().slug()).isEqualTo(slug);
            assertThat(found.corrected()).isTrue();
        });
    }

    @Test
    void aNameThatFitsSeveralRolesIsAmbiguousNeverAGuess() {
        assertThat(catalog.resolve("model")).isInstanceOfSatisfying(NameResolution.Ambiguous.class, ambiguous ->
                assertThat(ambiguous.candidates()).extracting(Role::slug)
                        .containsExactlyInAnyOrder("ai-model-routing-engineer", "ai-model-compression-engineer"));
        assertThat(catalog.resolve("engineer")).isInstanceOfSatisfying(NameResolution.Ambiguous.class, ambiguous ->
                assertThat(ambiguous.candidates()).hasSize(5));
    }

    @Test
    void anUnknownNameGetsTheClosestNames() {
        assertThat(catalog.resolve("data scientist")).isInstanceOfSatisfying(NameResolution.NotFound.class, notFound ->
                assertThat(notFound.suggestions()).hasSizeBetween(1, 5));
        assertThat(catalog.resolve("multimodal data wrangler")).isInstanceOfSatisfying(NameResolution.NotFound.class, notFound ->
                assertThat(notFound.suggestions().get(0).slug()).isEqualTo("ai-multimodal-systems-engineer"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            routing vs middleware                                      | ai-model-routing-engineer | ai-middleware-engineer
            routing VS. middleware                                     | ai-model-routing-engineer | ai-middleware-engineer
            routing versus middleware                                  | ai-model-routing-engineer | ai-middleware-engineer
            'routing, middleware'                                      | ai-model-routing-engineer | ai-middleware-engineer
            '"AI Model Routing Engineer" "AI Middleware Engineer"'     | ai-model-routing-engineer | ai-middleware-engineer
            '“multi agent” compression'                                | ai-multi-agent-systems-engineer | ai-model-compression-engineer
            routing middleware                                         | ai-model-routing-engineer | ai-middleware-engineer
            ai model routing engineer ai middleware engineer           | ai-model-routing-engineer | ai-middleware-engineer
            multi agent on device                                      | ai-multi-agent-systems-engineer | ai-on-device-ai-engineer
            """)
    void splitsTwoNames(String text, String a, String b) {
        assertThat(catalog.resolvePair(text)).isInstanceOfSatisfying(PairResolution.Pair.class, pair -> {
            assertThat(pair.a().slug()).isEqualTo(a);
            assertThat(pair.b().slug()).isEqualTo(b);
        });
    }

    @Test
    void aSplitWithTwoReadingsOffersBoth() {
        Catalog small = new Catalog(List.of(
                CatalogGenerator.role("Data", "data"),
                CatalogGenerator.role("Data Engineer", "data-engineer"),
                CatalogGenerator.role("Engineer Manager", "engineer-manager"),
                CatalogGenerator.role("Manager", "manager")));
        assertThat(small.resolvePair("data engineer manager")).isInstanceOfSatisfying(PairResolution.Choices.class, choices ->
                assertThat(choices.pairs()).extracting(p -> p.a().slug() + " vs " + p.b().slug())
                        .containsExactly("data vs engineer-manager", "data-engineer vs manager"));
    }

    @Test
    void anAmbiguousHalfOffersTheCandidatePairs() {
        assertThat(catalog.resolvePair("routing model")).isInstanceOfSatisfying(PairResolution.Choices.class, choices ->
                assertThat(choices.pairs()).extracting(p -> p.b().slug()).containsExactly("ai-model-compression-engineer"));
    }

    @Test
    void anUnknownHalfIsNamed() {
        assertThat(catalog.resolvePair("routing vs plumber")).isInstanceOfSatisfying(PairResolution.Unresolved.class, u -> {
            assertThat(u.name()).isEqualTo("plumber");
            assertThat(u.resolution()).isInstanceOf(NameResolution.NotFound.class);
        });
    }

    @Test
    void oneNameOrThreeAreNotAPair() {
        assertThat(catalog.resolvePair("routing")).isEqualTo(new PairResolution.NotTwoNames(1));
        assertThat(catalog.resolvePair("routing vs middleware vs compression")).isEqualTo(new PairResolution.NotTwoNames(3));
    }
}
