package dev.careeradvisor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The packaged jar, started as a user starts it: a pipe into {@code chat}, and the one-shot commands' exit codes. */
class CommandLineIT {

    record Run(int exitCode, String out, String err) {
    }

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("career-advisor-.*\\.jar")).findFirst().orElseThrow();
        }
    }

    static Run run(String input, String... args) throws IOException, InterruptedException {
        return run(input, java.util.Map.of(), args);
    }

    static Run runWithEnvironment(String name, String value, String... args) throws IOException, InterruptedException {
        return run("", java.util.Map.of(name, value), args);
    }

    static Run run(String input, java.util.Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()));
        command.addAll(List.of(args));
        command.add("--spring.datasource.url=jdbc:h2:mem:it");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command finishes").isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void chatAnswersEachPipedCommandAndExitsAtTheEndOfInput() throws Exception {
        Run run = run("/compare routing middleware\n/role multimodal\n", "chat");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("AI Model Routing Engineer vs AI Middleware Engineer\n")
                .contains("\n\nAI Multimodal Systems Engineer\n====")
                .endsWith("\n\n");
    }

    @Test
    void oneShotCommandsExitWithTheirCodes() throws Exception {
        Run json = run("", "compare", "routing", "middleware", "--json");
        assertThat(json.exitCode()).isZero();
        assertThat(JsonMapper.builder().build().readTree(json.out()).get("verdicts")).hasSize(4);

        Run unknown = run("", "role", "plumber");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("No role matches \"plumber\"");

        Run withToken = runWithEnvironment("TELEGRAM_BOT_TOKEN", "123:not-used-by-one-shot-commands", "role", "routing");
        assertThat(withToken.exitCode()).isZero();
        assertThat(withToken.err()).doesNotContain("Telegram");

        Run usage = run("", "compare");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("Usage: compare");
    }
}
