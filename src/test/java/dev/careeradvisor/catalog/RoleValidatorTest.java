package dev.careeradvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of the role table, broken once in an otherwise valid file, with the exact message. */
class RoleValidatorTest {

    static final String VALID = """
            name: Test Role
            slug: test-role
            category: Testing
            interest: Quality
            aliases: [tester]
            summary: Checks things.
            salary: {min: 100, max: 200, currency: USD, period: year}
            demand: 7.5
            aiReplacementRisk: 30
            learningCurveMonths: 6
            difficulty: Intermediate
            entryBarrier: Low
            remoteFriendly: false
            requiresCoding: true
            skills: [Writing tests]
            sources:
              - {title: A page, url: 'https://example.org/page', retrieved: 2026-11-22}
            """;

    final RoleYaml yaml = new RoleYaml(new RoleValidator());

    @TempDir
    Path dir;

    @Test
    void aValidFileBecomesARole() {
        RoleCheck check = yaml.parse("test-role.yaml", VALID);
        assertThat(check.violations()).isEmpty();
        Role role = check.role();
        assertThat(role.name()).isEqualTo("Test Role");
        assertThat(role.salary().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(role.difficulty()).isEqualTo(Difficulty.INTERMEDIATE);
        assertThat(role.sources().get(0).retrieved()).hasToString("2026-11-22");
    }

    @Test
    void slugIsDerivedFromTheNameAndInterestDefaultsToCategory() {
        Role role = yaml.parse("x.yaml", VALID.replace("slug: test-role\n", "").replace("interest: Quality\n", "")
                .replace("name: Test Role", "name: \"Café Barista & Co.\"")).role();
        assertThat(role.slug()).isEqualTo("cafe-barista-co");
        assertThat(role.interest()).isEqualTo("Testing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            name missing          | `name: Test Role\n`                    | ``                                          | name: is required
            name too long         | `name: Test Role`                      | `name: NNN`                                 | name: must be 1 to 100 characters long (was 101)
            name not text         | `name: Test Role`                      | `name: 42`                                  | name: must be text; put it in quotes (was 42)
            name with tab        | `name: Test Role`                      | `name: "Test\\tRole"`                       | name: must be one line, without control characters
            slug pattern          | `slug: test-role`                      | `slug: Test_Role`                           | slug: must use only a-z, 0-9 and - (was "Test_Role")
            slug too long         | `slug: test-role`                      | `slug: SSS`                                 | slug: must be at most 64 characters long (was 65)
            slug underivable      | `name: Test Role\nslug: test-role`     | `name: "🚀🚀"`                              | slug: is required when the name holds no letter or digit a-z, 0-9 to derive it from
            category missing      | `category: Testing\n`                  | ``                                          | category: is required
            category too long     | `category: Testing`                    | `category: CCC`                             | category: must be 1 to 50 characters long (was 51)
            interest too long     | `interest: Quality`                    | `interest: CCC`                             | interest: must be 1 to 50 characters long (was 51)
            too many aliases      | `aliases: [tester]`                    | `aliases: [a, b, c, d, e, f, g, h, i, j, k]` | aliases: must list at most 10 names (was 11)
            alias too long        | `aliases: [tester]`                    | `aliases: [ok, NNN]`                        | aliases[1]: must be 1 to 100 characters long (was 101)
            min above max         | `min: 100, max: 200`                   | `min: 300, max: 200`                        | salary: min must not exceed max (min 300, max 200)
            min not positive      | `min: 100`                             | `min: 0`                                    | salary.min: must be greater than 0 (was 0)
            max not a number      | `max: 200`                             | `max: lots`                                 | salary.max: must be a number (was "lots")
            currency not ISO      | `currency: USD`                        | `currency: DOL`                             | salary.currency: must be an ISO 4217 currency code such as USD or EUR (was "DOL")
            period unknown        | `period: year`                         | `period: week`                              | salary.period: must be one of year, month, hour (was "week")
            salary unknown field  | `period: year`                         | `period: year, bonus: 5`                    | salary.bonus: is not a known field (known fields: min, max, currency, period)
            demand above 10       | `demand: 7.5`                          | `demand: 10.5`                              | demand: must be a score from 0 to 10 (was 10.5)
            demand two decimals   | `demand: 7.5`                          | `demand: 7.25`                              | demand: must have at most one decimal (was 7.25)
            risk above 100        | `aiReplacementRisk: 30`                | `aiReplacementRisk: 101`                    | aiReplacementRisk: must be a whole percentage from 0 to 100 (was 101)
            risk not whole        | `aiReplacementRisk: 30`                | `aiReplacementRisk: 30.5`                   | aiReplacementRisk: must be a whole percentage from 0 to 100 (was 30.5)
            learning curve zero   | `learningCurveMonths: 6`               | `learningCurveMonths: 0`                    | learningCurveMonths: must be a whole number of months greater than 0 (was 0)
            difficulty unknown    | `difficulty: Intermediate`             | `difficulty: Hard`                          | difficulty: must be one of Beginner, Intermediate, Advanced, Expert (was "Hard")
            barrier unknown       | `entryBarrier: Low`                    | `entryBarrier: Huge`                        | entryBarrier: must be one of Low, Medium, High (was "Huge")
            remote not boolean    | `remoteFriendly: false`                | `remoteFriendly: sometimes`                 | remoteFriendly: must be true or false (was "sometimes")
            coding missing        | `requiresCoding: true\n`               | ``                                          | requiresCoding: is required
            no skills             | `skills: [Writing tests]`              | `skills: []`                                | skills: must list 1 to 30 skills (was 0)
            skill too long        | `skills: [Writing tests]`              | `skills: [SSSS]`                            | skills[0]: must be 1 to 200 characters long (was 201)
            skill repeated        | `skills: [Writing tests]`              | `skills: [Writing tests, writing TESTS]`    | skills[1]: repeats an earlier skill ("writing TESTS")
            summary too long      | `summary: Checks things.`              | `summary: UUU`                              | summary: must be 1 to 300 characters long (was 301)
            no sources            | `sources:\n  - {title: A page, url: 'https://example.org/page', retrieved: 2026-11-22}` | `sources: []` | sources: must list 1 to 5 sources (was 0)
            source without title  | `title: A page, `                      | ``                                          | sources[0].title: is required
            source bad url        | `'https://example.org/page'`           | `'ftp://example.org'`                       | sources[0].url: must be an http or https address (was "ftp://example.org")
            source bad date       | `retrieved: 2026-11-22`                | `retrieved: yesterday`                      | sources[0].retrieved: must be a date written YYYY-MM-DD (was "yesterday")
            unknown field         | `summary: Checks things.`              | `sumary: Checks things.`                    | sumary: is not a known field (did you mean "summary"?)
            """)
    void eachBrokenRuleIsNamedWithItsField(String rule, String original, String broken, String message) {
        String document = VALID.replace(unescape(original), unescape(expand(broken)));
        assertThat(document).as("the test must change the document").isNotEqualTo(VALID);
        assertThat(yaml.parse("roles/test-role.yaml", document).violations())
                .extracting(RoleViolation::toString)
                .containsExactly("roles/test-role.yaml: " + message);
    }

    @Test
    void tooManySourcesAreRefused() {
        String six = "sources:\n" + "  - {title: A page, retrieved: 2026-11-22}\n".repeat(6);
        String document = VALID.replace("sources:\n  - {title: A page, url: 'https://example.org/page', retrieved: 2026-11-22}\n", six);
        assertThat(yaml.parse("r.yaml", document).violations()).extracting(RoleViolation::toString)
                .containsExactly("r.yaml: sources: must list 1 to 5 sources (was 6)");
    }

    @Test
    void everyProblemOfADocumentIsReportedAtOnce() {
        String document = VALID.replace("demand: 7.5", "demand: 11").replace("entryBarrier: Low", "entryBarrier: None");
        assertThat(yaml.parse("r.yaml", document).violations()).extracting(RoleViolation::field)
                .containsExactly("demand", "entryBarrier");
    }

    @Test
    void invalidYamlNamesTheLine() {
        assertThat(yaml.parse("r.yaml", "name: [unclosed\nslug: x").violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("document");
                    assertThat(v.rule()).startsWith("is not valid YAML").contains("line");
                });
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThat(yaml.parse("r.yaml", VALID + "name: Other\n").violations()).singleElement()
                .satisfies(v -> assertThat(v.rule()).startsWith("is not valid YAML"));
    }

    @Test
    void aYamlAliasBombIsRefusedWithinASecond() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append(", *").append(previous).append("]\n");
        }
        RoleCheck check = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> yaml.parse("bomb.yaml", bomb.toString()));
        assertThat(check.violations()).extracting(RoleViolation::toString)
                .containsExactly("bomb.yaml: document: uses more than 20 YAML aliases; write the values out");
    }

    @Test
    void aTenMegabyteFileIsRefusedWithinASecond() throws IOException {
        Path huge = dir.resolve("huge.yaml");
        Files.writeString(huge, "name: " + "x".repeat(10 * 1024 * 1024));
        RoleCheck check = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> yaml.read(huge));
        assertThat(check.violations()).extracting(RoleViolation::toString)
                .containsExactly(huge + ": document: must be at most 64 KiB (was 10241 KiB)");
    }

    @Test
    void aDocumentThatIsNotAMappingIsRefused() {
        assertThat(yaml.parse("r.yaml", "- just\n- a list\n").violations()).extracting(RoleViolation::toString)
                .containsExactly("r.yaml: document: must be a mapping of role fields such as name, salary and skills");
    }

    /** NNN, CCC, SSS, SSSS and UUU stand for values one character past their limit. */
    static String expand(String value) {
        return value.replace("SSSS", "s".repeat(201)).replace("NNN", "n".repeat(101)).replace("CCC", "c".repeat(51))
                .replace("SSS", "s".repeat(65)).replace("UUU", "u".repeat(301));
    }

    static String unescape(String value) {
        return value.replace("\\n", "\n");
    }
}
