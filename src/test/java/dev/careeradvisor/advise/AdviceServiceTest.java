package dev.careeradvisor.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.careeradvisor.Messages;
import dev.careeradvisor.catalog.BundledRoles;
import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.CatalogGenerator;
import dev.careeradvisor.catalog.Role;
import org.junit.jupiter.api.Test;

/**
 * Rankings of the six bundled roles. The roles share most figures (all require coding, all remote,
 * all High barrier but Middleware's Medium), so what separates them is named in each test.
 */
class AdviceServiceTest {

    final AdviceService advice = new AdviceService(AdviceWeights.DEFAULT, Messages.accessor());
    final Catalog six = BundledRoles.catalog();

    List<String> order(Answers answers) {
        return advice.rank(six, answers).stream().map(RankedRole::slug).toList();
    }

    RankedRole place(List<RankedRole> ranking, String slug) {
        return ranking.stream().filter(r -> r.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void withNoAnswersTheCriteriaAloneDecideAndMiddlewaresMediumBarrierLeads() {
        // Middleware is the only role without a High entry barrier (0.5 of the "easy way in" term);
        // Multi-Agent's $280,000 ceiling puts it second; Compression's 20% risk puts it last.
        assertThat(order(Answers.NONE)).containsExactly("ai-middleware-engineer", "ai-multi-agent-systems-engineer",
                "ai-on-device-ai-engineer", "ai-model-routing-engineer", "ai-multimodal-systems-engineer",
                "ai-model-compression-engineer");
        assertThat(advice.rank(six, Answers.NONE)).allMatch(RankedRole::fits);
    }

    @Test
    void whoWantsTheHighestCeilingGetsMultiAgentFirst() {
        // Salary ceiling counts three times: Multi-Agent's $280,000 is a third above everyone else's.
        List<RankedRole> ranking = advice.rank(six, new Answers(null, null, null, Answers.Priority.SALARY_CEILING, null));
        assertThat(ranking.get(0).slug()).isEqualTo("ai-multi-agent-systems-engineer");
        assertThat(ranking.get(0).reasons()).contains("Has the highest salary ceiling here ($280,000/yr)");
        assertThat(place(ranking, "ai-model-compression-engineer").against()).contains("Has a lower salary ceiling ($200,000/yr)");
    }

    @Test
    void whoWritesNoCodeFindsEveryRoleWantingAndIsToldWhy() {
        // All six roles require coding: each loses the coding points and says so; none "fits".
        List<RankedRole> ranking = advice.rank(six, new Answers(Answers.Coding.NO, null, null, null, null));
        List<RankedRole> coders = advice.rank(six, new Answers(Answers.Coding.YES, null, null, null, null));
        assertThat(ranking).allSatisfy(r -> {
            assertThat(r.fits()).isFalse();
            assertThat(r.against()).contains("Requires writing and debugging code");
            assertThat(r.score()).isEqualTo(place(coders, r.slug()).score() - 6, org.assertj.core.data.Offset.offset(0.011));
        });
        assertThat(coders).allSatisfy(r -> assertThat(r.reasons()).contains("Enjoy writing and debugging code"));
    }

    @Test
    void sixMonthsIsTooShortForEveryRoleAndTwelveIsEnoughForAll() {
        // Learning curves run from 8 (Routing, Middleware) to 12 months (Compression).
        List<RankedRole> hurried = advice.rank(six, new Answers(null, null, Answers.Learning.SIX, null, null));
        assertThat(hurried).allSatisfy(r -> assertThat(r.fits()).isFalse());
        assertThat(place(hurried, "ai-model-compression-engineer").against()).contains("Takes 12 months to learn, more than your 6");
        List<RankedRole> patient = advice.rank(six, new Answers(null, null, Answers.Learning.TWELVE, null, null));
        assertThat(patient).allSatisfy(r -> assertThat(r.reasons()).contains("Can learn it within 12 months"));
    }

    @Test
    void anEasyWayInPutsMiddlewareFirstByAWideMargin() {
        // Medium against High: the easy-way-in term counts three times, and only Middleware scores on it.
        List<RankedRole> ranking = advice.rank(six, new Answers(Answers.Coding.YES, Answers.Remote.YES, Answers.Learning.TWELVE,
                Answers.Priority.ENTRY_BARRIER, "Engineering"));
        assertThat(ranking.get(0).slug()).isEqualTo("ai-middleware-engineer");
        assertThat(ranking.get(0).reasons()).containsExactly("Enjoy writing and debugging code", "Offers full remote flexibility",
                "Can learn it within 12 months", "Are interested in Engineering", "Entry barrier is Medium");
        assertThat(ranking.get(0).score() - ranking.get(1).score()).isGreaterThan(1.0);
        assertThat(ranking.get(1).against()).containsExactly("Entry barrier is High");
    }

    @Test
    void jobSecurityPutsCompressionLastForItsHigherRisk() {
        // Compression is the only role at 20% risk; the others are at 15%.
        List<RankedRole> ranking = advice.rank(six, new Answers(null, null, null, Answers.Priority.AI_REPLACEMENT_RISK, null));
        assertThat(ranking.get(5).slug()).isEqualTo("ai-model-compression-engineer");
        assertThat(ranking.get(5).against()).contains("Has a higher AI replacement risk (20%)");
        assertThat(ranking.get(0).reasons()).contains("Has a low AI replacement risk (15%)");
    }

    @Test
    void anAreaNoRoleIsInCountsAgainstAll() {
        List<RankedRole> ranking = advice.rank(six, new Answers(null, null, null, null, "Design"));
        assertThat(ranking).allSatisfy(r -> assertThat(r.against()).contains("Is not in Design"));
        assertThat(advice.rank(six, new Answers(null, null, null, null, "ai engineering")))
                .allSatisfy(r -> assertThat(r.reasons()).contains("Are interested in Engineering"));
    }

    @Test
    void equalScoresShareARank() {
        Role twin = CatalogGenerator.role("Twin A", "twin-a");
        Role other = CatalogGenerator.role("Twin B", "twin-b");
        List<RankedRole> ranking = advice.rank(new Catalog(List.of(twin, other)), Answers.NONE);
        assertThat(ranking).extracting(RankedRole::rank).containsExactly(1, 1);
    }

    @Test
    void theSameAnswersAlwaysGiveTheSameRanking() {
        Answers answers = new Answers(Answers.Coding.SOME, Answers.Remote.ANY, Answers.Learning.LONGER, Answers.Priority.DEMAND, "any");
        assertThat(advice.rank(six, answers)).isEqualTo(advice.rank(BundledRoles.catalog(), answers));
    }
}
