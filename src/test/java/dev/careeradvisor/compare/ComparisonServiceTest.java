package dev.careeradvisor.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import dev.careeradvisor.catalog.BundledRoles;
import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.EntryBarrier;
import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.catalog.Salary;
import org.junit.jupiter.api.Test;

class ComparisonServiceTest {

    final Comparisons.Bound comparisons = Comparisons.over(BundledRoles.catalog());
    final Role routing = BundledRoles.bySlug("ai-model-routing-engineer");
    final Role multiAgent = BundledRoles.bySlug("ai-multi-agent-systems-engineer");
    final Role middleware = BundledRoles.bySlug("ai-middleware-engineer");

    @Test
    void comparingARoleWithItselfIsRefused() {
        assertThatThrownBy(() -> comparisons.compare(routing, routing)).isInstanceOf(SameRoleException.class)
                .hasMessageContaining("AI Model Routing Engineer");
    }

    @Test
    void promptEngineeringCarriesOverBetweenRoutingAndMultiAgent() {
        SkillComparison skills = comparisons.compare(routing, multiAgent).skills();
        assertThat(skills.related()).anySatisfy(r -> {
            assertThat(r.a()).startsWith("Prompt engineering and template management");
            assertThat(r.b()).startsWith("LLM prompt engineering");
        });
        assertThat(skills.onlyA()).doesNotContain("Prompt engineering and template management for consistent output formatting across models");
    }

    @Test
    void transitionCountsEachTargetSkillOnceAndGoesBothWays() {
        Comparison c = comparisons.compare(routing, middleware);
        Transition aToB = c.transition().aToB();
        long relatedTargets = c.skills().related().stream().map(RelatedSkill::b).distinct().count();
        assertThat(aToB.bring()).isEqualTo(c.skills().shared().size() + relatedTargets);
        assertThat(aToB.of()).isEqualTo(8);
        assertThat(aToB.toLearn()).hasSize(8 - aToB.bring()).isEqualTo(c.skills().onlyB());
        assertThat(aToB.text()).startsWith("From AI Model Routing Engineer to AI Middleware Engineer you bring " + aToB.bring()
                + " of AI Middleware Engineer's 8 skills");
        assertThat(c.transition().bToA().text()).startsWith("From AI Middleware Engineer to AI Model Routing Engineer");
    }

    @Test
    void nothingInCommonIsCalledChallengingNotModerate() {
        Role plumber = role("Plumber", "plumber", List.of("Pipe fitting", "Soldering copper joints"), EntryBarrier.LOW, 6);
        Comparisons.Bound service = Comparisons.over(new Catalog(List.of(routing, plumber)));
        Transition transition = service.compare(routing, plumber).transition().aToB();
        assertThat(transition.bring()).isZero();
        assertThat(transition.level()).isEqualTo(Transition.Level.CHALLENGING);
        assertThat(transition.text()).contains("nothing carries over");
    }

    @Test
    void transitionLevelsFollowTheShareOfTargetSkillsBrought() {
        assertThat(Transition.Level.of(4, 8)).isEqualTo(Transition.Level.EASY);
        assertThat(Transition.Level.of(2, 8)).isEqualTo(Transition.Level.MODERATE);
        assertThat(Transition.Level.of(1, 8)).isEqualTo(Transition.Level.CHALLENGING);
    }

    @Test
    void sharedSkillsIgnoreCasePunctuationAmpersandAndPlurals() {
        Role a = role("Role A", "role-a", List.of("Prompt Engineering & Agent Orchestration", "Vector Databases"), EntryBarrier.HIGH, 8);
        Role b = role("Role B", "role-b", List.of("prompt engineering and agent orchestration.", "vector database"), EntryBarrier.HIGH, 8);
        SkillComparison skills = Comparisons.over(new Catalog(List.of(a, b))).compare(a, b).skills();
        assertThat(skills.shared()).containsExactly("Prompt Engineering & Agent Orchestration", "Vector Databases");
        assertThat(skills.onlyA()).isEmpty();
        assertThat(skills.onlyB()).isEmpty();
    }

    @Test
    void equalBarrierAndEqualLearningCurveIsATie() {
        Role a = role("Role A", "role-a", List.of("Welding"), EntryBarrier.HIGH, 8);
        Role b = role("Role B", "role-b", List.of("Baking"), EntryBarrier.HIGH, 8);
        Verdict verdict = Comparisons.over(new Catalog(List.of(a, b))).compare(a, b).verdict(Criterion.ENTRY_BARRIER);
        assertThat(verdict.tie()).isTrue();
        assertThat(verdict.decidedBy()).isNull();
    }

    @Test
    void salariesInDifferentCurrenciesAreNotCompared() {
        Role dollars = role("Role A", "role-a", List.of("Welding"), EntryBarrier.HIGH, 8);
        Role euros = withSalary(role("Role B", "role-b", List.of("Baking"), EntryBarrier.HIGH, 8),
                new Salary(BigDecimal.ONE, BigDecimal.TEN, Currency.getInstance("EUR"), Salary.Period.YEAR));
        Verdict verdict = Comparisons.over(new Catalog(List.of(dollars, euros))).compare(dollars, euros).verdict(Criterion.SALARY_CEILING);
        assertThat(verdict.winner()).isNull();
        assertThat(verdict.tie()).isFalse();
        assertThat(verdict.text()).contains("not compared").contains("USD").contains("EUR");
    }

    @Test
    void monthlyAndHourlyPayAreComparedAsAYear() {
        Role monthly = withSalary(role("Role A", "role-a", List.of("Welding"), EntryBarrier.HIGH, 8),
                new Salary(new BigDecimal("5000"), new BigDecimal("10000"), Currency.getInstance("USD"), Salary.Period.MONTH));
        Role hourly = withSalary(role("Role B", "role-b", List.of("Baking"), EntryBarrier.HIGH, 8),
                new Salary(new BigDecimal("40"), new BigDecimal("60"), Currency.getInstance("USD"), Salary.Period.HOUR));
        Verdict verdict = Comparisons.over(new Catalog(List.of(monthly, hourly))).compare(monthly, hourly).verdict(Criterion.SALARY_CEILING);
        assertThat(verdict.winner()).isEqualTo("role-b"); // 60 × 2080 = 124,800 > 10,000 × 12 = 120,000
        assertThat(verdict.text()).contains("$124,800/yr vs $120,000/yr");
    }

    @Test
    void aChangedRoleIsNeverServedAStaleComparison() {
        Comparison before = comparisons.compare(routing, middleware);
        Role raised = withSalary(routing, new Salary(new BigDecimal("135000"), new BigDecimal("300000"),
                Currency.getInstance("USD"), Salary.Period.YEAR));
        Comparison after = comparisons.compare(raised, middleware);
        assertThat(before.verdict(Criterion.SALARY_CEILING).tie()).isTrue();
        assertThat(after.verdict(Criterion.SALARY_CEILING).winner()).isEqualTo(routing.slug());
        assertThat(comparisons.compare(routing, middleware)).isSameAs(before);
    }

    static Role role(String name, String slug, List<String> skills, EntryBarrier barrier, int months) {
        Role template = BundledRoles.bySlug("ai-model-routing-engineer");
        return new Role(name, slug, template.category(), template.interest(), List.of(), template.salary(), template.demand(),
                template.aiReplacementRisk(), months, template.difficulty(), barrier, true, true, new ArrayList<>(skills),
                null, template.sources());
    }

    static Role withSalary(Role r, Salary salary) {
        return new Role(r.name(), r.slug(), r.category(), r.interest(), r.aliases(), salary, r.demand(), r.aiReplacementRisk(),
                r.learningCurveMonths(), r.difficulty(), r.entryBarrier(), r.remoteFriendly(), r.requiresCoding(), r.skills(),
                r.summary(), r.sources());
    }
}
