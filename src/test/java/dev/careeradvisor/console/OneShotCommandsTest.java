package dev.careeradvisor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.careeradvisor.Messages;
import dev.careeradvisor.catalog.BundledRoles;
import dev.careeradvisor.catalog.RoleFolder;
import dev.careeradvisor.catalog.RoleValidator;
import dev.careeradvisor.catalog.RoleYaml;
import dev.careeradvisor.chat.ChatServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OneShotCommandsTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final JsonMapper json = JsonMapper.builder().build();
    final OneShotCommands commands;

    @TempDir
    Path dir;

    OneShotCommandsTest() {
        commands = new OneShotCommands(ChatServices.over(BundledRoles.catalog()), new RoleFolder(new RoleYaml(new RoleValidator())),
                json, Messages.accessor(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    ExitCode run(String... args) {
        try {
            return commands.run(new DefaultApplicationArguments(args), new java.io.BufferedReader(new java.io.StringReader("")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void compareTwoNamesPrintsTheTextCard() {
        assertThat(run("compare", "AI Model Routing Engineer", "AI Middleware Engineer")).isEqualTo(ExitCode.DONE);
        assertThat(out()).startsWith("AI Model Routing Engineer vs AI Middleware Engineer\n")
                .contains("Salary Range         $135,000-$210,000/yr")
                .contains("Choose AI Middleware Engineer if you…")
                .contains("Both top out at $210,000/yr: a tie on salary ceiling.")
                .contains("Salary ceiling: Both top out at $210,000/yr")
                .contains("Sources: AI Model Routing Engineer vs AI On-Device AI Engineer (2026-11-22);")
                .doesNotContain("[1] Swap");
        assertThat(err()).isEmpty();
    }

    @Test
    void compareAcceptsOneTextWithVs() {
        assertThat(run("compare", "routing", "vs", "middleware")).isEqualTo(ExitCode.DONE);
        assertThat(out()).startsWith("AI Model Routing Engineer vs AI Middleware Engineer");
    }

    @Test
    void compareJsonIsTheApiShape() {
        assertThat(run("compare", "routing", "multi agent", "--json")).isEqualTo(ExitCode.DONE);
        JsonNode comparison = json.readTree(out());
        assertThat(comparison.get("a").get("slug").asString()).isEqualTo("ai-model-routing-engineer");
        assertThat(comparison.get("b").get("salary").get("max").asInt()).isEqualTo(280000);
        assertThat(comparison.get("verdicts")).hasSize(4);
        assertThat(comparison.get("skills").get("related").get(0).has("score")).isTrue();
        assertThat(comparison.get("transition").get("bToA").get("level").asString()).isIn("easy", "moderate", "challenging");
        assertThat(comparison.get("chooseIf").get("b").toString()).contains("Want a higher salary ceiling ($280,000/yr)");
    }

    @Test
    void anUnknownNameExitsOneWithDidYouMeanOnStderr() {
        assertThat(run("compare", "routing", "midlewhere engineering lead")).isEqualTo(ExitCode.NOT_RESOLVED);
        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("No role matches \"midlewhere engineering lead\". Did you mean one of these?")
                .contains("  AI Middleware Engineer\n");
    }

    @Test
    void usageMistakesExitTwo() {
        assertThat(run("compare")).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("Usage: compare");
        assertThat(run("compare", "routing", "routing")).isEqualTo(ExitCode.USAGE);
        assertThat(run("role", "routing", "--jsn")).isEqualTo(ExitCode.USAGE);
        assertThat(run("validate-roles")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void roleprintsOneRoleAsTextOrJson() {
        assertThat(run("role", "multimodal")).isEqualTo(ExitCode.DONE);
        assertThat(out()).startsWith("AI Multimodal Systems Engineer\n").contains("Skills (8)").contains("9.2/10");
        out.reset();
        assertThat(run("role", "compresion", "--json")).isEqualTo(ExitCode.DONE);
        assertThat(json.readTree(out()).get("learningCurveMonths").asInt()).isEqualTo(12);
        assertThat(run("role", "model")).isEqualTo(ExitCode.NOT_RESOLVED);
        assertThat(err()).contains("\"model\" fits several roles");
    }

    @Test
    void validateRolesAcceptsTheBundledFolder() {
        assertThat(run("validate-roles", "roles")).isEqualTo(ExitCode.DONE);
        assertThat(out()).contains("All 6 role files in roles are valid.");
    }

    @Test
    void validateRolesNamesEachBadFileFieldAndRule() throws IOException {
        Files.copy(Path.of("roles/ai-middleware-engineer.yaml"), dir.resolve("ai-middleware-engineer.yaml"));
        Files.writeString(dir.resolve("broken.yaml"), Files.readString(Path.of("roles/ai-middleware-engineer.yaml"))
                .replace("demand: 9.2", "demand: 12").replace("slug: ai-middleware-engineer", "slug: broken")
                .replace("name: AI Middleware Engineer", "name: Broken"));
        Files.writeString(dir.resolve("copy.yaml"), Files.readString(Path.of("roles/ai-middleware-engineer.yaml"))
                .replace("slug: ai-middleware-engineer", "slug: copy"));
        assertThat(run("validate-roles", dir.toString())).isEqualTo(ExitCode.NOT_RESOLVED);
        assertThat(err()).contains(dir.resolve("broken.yaml") + ": demand: must be a score from 0 to 10 (was 12)")
                .contains(dir.resolve("copy.yaml") + ": name: must be unique, but \"AI Middleware Engineer\" is also the name in "
                        + dir.resolve("ai-middleware-engineer.yaml"))
                .contains("2 of 3 role files were refused");
    }
}
