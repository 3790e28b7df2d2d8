package dev.careeradvisor.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.careeradvisor.Messages;
import dev.careeradvisor.catalog.BundledRoles;
import dev.careeradvisor.catalog.CatalogGenerator;
import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.catalog.RoleCheck;
import dev.careeradvisor.catalog.RoleValidator;
import dev.careeradvisor.catalog.RoleYaml;
import org.junit.jupiter.api.Test;

/** A role shown as a form and sent back unchanged is the same role; a mistake names the input it is in. */
class RoleFormsTest {

    final RoleForms forms = new RoleForms(Messages.accessor());
    final RoleYaml yaml = new RoleYaml(new RoleValidator());

    @Test
    void aRoleSurvivesTheRoundTripThroughItsForm() {
        List<Role> roles = new ArrayList<>(BundledRoles.all());
        roles.addAll(new CatalogGenerator(9).roles(30));
        for (Role role : roles) {
            RoleForm form = forms.of(role);
            RoleForms.Filled filled = forms.yaml(form);
            assertThat(filled.problem()).as(role.slug()).isEmpty();
            RoleCheck check = yaml.parse("form", filled.yaml());
            assertThat(check.isValid()).as(role.slug() + ": " + check.violations()).isTrue();
            assertThat(check.role()).isEqualTo(role);
        }
    }

    @Test
    void theSeedRolesFitADiscordForm() {
        BundledRoles.all().forEach(role -> assertThat(forms.of(role).fits()).as(role.slug()).isTrue());
    }

    @Test
    void aFilledBlankFormIsANewRoleWithSkillsOnePerLine() {
        RoleForm blank = forms.blank();
        RoleForm filled = blank.withTexts(List.of("Prompt Librarian",
                "category: AI Engineering\ninterest: Engineering\naliases: [librarian]\nsummary: ",
                blank.figures().replace("min: ,", "min: 80000,").replace("max: ,", "max: 120000,")
                        .replace("demand: ", "demand: 7.5").replace("aiReplacementRisk: ", "aiReplacementRisk: 40")
                        .replace("learningCurveMonths: ", "learningCurveMonths: 3").replace("difficulty: ", "difficulty: Beginner")
                        .replace("entryBarrier: ", "entryBarrier: Low").replace("remoteFriendly: ", "remoteFriendly: true")
                        .replace("requiresCoding: ", "requiresCoding: false"),
                "- Prompt engineering\n\n• Taxonomy design\nEvaluation: golden sets",
                "- title: Our own research\n  retrieved: 2026-11-30"));

        RoleCheck check = yaml.parse("form", forms.yaml(filled).yaml());

        assertThat(check.isValid()).as(String.valueOf(check.violations())).isTrue();
        assertThat(check.role().slug()).isEqualTo("prompt-librarian");
        assertThat(check.role().skills()).containsExactly("Prompt engineering", "Taxonomy design", "Evaluation: golden sets");
        assertThat(check.role().salary().min()).isEqualByComparingTo("80000");
    }

    @Test
    void aMistakeNamesTheInputItIsIn() {
        RoleForm form = forms.of(BundledRoles.all().get(0));
        RoleForm broken = form.withTexts(List.of(form.name(), form.about(), "demand: [9.2\nsalary: {", form.skills(), form.sources()));

        RoleForms.Filled filled = forms.yaml(broken);

        assertThat(filled.problem()).startsWith("The form's input \"Figures (YAML)\" is not valid YAML");
        assertThat(forms.yaml(form.withTexts(List.of(form.name(), "just words", form.figures(), form.skills(), form.sources()))).problem())
                .isEqualTo("The form's input \"Category, interest, aliases, summary (YAML)\" must hold lines of \"field: value\".");
    }
}
