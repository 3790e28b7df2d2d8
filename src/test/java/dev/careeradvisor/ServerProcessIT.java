package dev.careeradvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.careeradvisor.catalog.CatalogGenerator;
import dev.careeradvisor.catalog.RoleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a server, in a child process: ready, answering, counting, stopping cleanly on
 * SIGTERM, and losing nothing when killed in the middle of an import. On PostgreSQL where
 * {@code CAREER_ADVISOR_TEST_PG_URL} points at one (each run in a schema of its own), else on an H2 file.
 */
class ServerProcessIT {

    @TempDir
    Path work;

    static final int IMPORTED = 20_000;
    static final Duration KILL_AFTER = Duration.ofSeconds(2);

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("career-advisor-.*\\.jar")).findFirst().orElseThrow().toAbsolutePath();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    List<String> database() {
        String url = System.getenv("CAREER_ADVISOR_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return List.of("--spring.datasource.url=jdbc:h2:file:" + work.resolve("data/career-advisor") + ";AUTO_SERVER=TRUE");
        }
        String schema = "p_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return List.of("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--spring.datasource.username=" + System.getenv().getOrDefault("CAREER_ADVISOR_TEST_PG_USER", "career_advisor"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("CAREER_ADVISOR_TEST_PG_PASSWORD", ""),
                "--spring.flyway.schemas=" + schema);
    }

    Process start(List<String> database, int port, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        command.add("--server.port=" + port);
        command.addAll(database);
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("server-" + port + ".log").toFile()).start();
    }

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    void awaitReady(Process process, int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the server runs; its log: " + log(port)).isTrue();
            try {
                if (get(port, "/actuator/health/readiness").body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready within 60 s; log: " + log(port));
    }

    String log(int port) throws IOException {
        Path log = work.resolve("server-" + port + ".log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    static double counter(String metrics, String line) {
        Matcher m = Pattern.compile("^" + Pattern.quote(line) + " ([0-9.E+]+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void theServerIsReadyAnswersCountsAndStopsCleanlyOnSigterm() throws Exception {
        int port = freePort();
        Process server = start(database(), port);
        awaitReady(server, port);

        String before = get(port, "/actuator/prometheus").body();
        HttpResponse<String> compared = get(port, "/api/compare?a=routing&b=middleware");
        String after = get(port, "/actuator/prometheus").body();

        assertThat(compared.statusCode()).isEqualTo(200);
        assertThat(compared.body()).contains("\"slug\":\"ai-model-routing-engineer\"");
        String requests = "http_server_requests_seconds_count{error=\"none\",exception=\"none\",method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/compare\"}";
        assertThat(counter(after, requests)).isEqualTo(counter(before, requests) + 1);
        assertThat(after).contains("careeradvisor_catalog_roles 6.0");

        long stopping = System.nanoTime();
        server.destroy();
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("exits within 10 s of SIGTERM").isTrue();
        System.out.printf("SIGTERM to exit: %d ms, exit code %d%n", (System.nanoTime() - stopping) / 1_000_000, server.exitValue());
        assertThat(server.exitValue()).isIn(0, 143);
        assertThat(log(port)).contains("Graceful shutdown complete").doesNotContain("Exception");
    }

    @Test
    void aServerKilledInTheMiddleOfAnImportKeepsTheCatalogAsItWas() throws Exception {
        List<String> database = database();
        Path folder = Files.createDirectories(work.resolve("import"));
        for (var role : new CatalogGenerator(5).roles(IMPORTED)) {
            Files.writeString(folder.resolve(role.slug() + ".yaml"), RoleWriter.yaml(role));
        }
        int port = freePort();
        // the piped chat, as an owner at the console imports a folder: one transaction for all the roles
        Process importing = start(database, port, "chat", "--logging.level.dev.careeradvisor=INFO", "--logging.level.org.springframework.boot=INFO");
        importing.getOutputStream().write(("/role-admin import " + folder + "\n").getBytes(StandardCharsets.UTF_8));
        importing.getOutputStream().flush();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!log(port).contains("Started CareerAdvisorApplication") && importing.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(KILL_AFTER.toMillis());
        assertThat(importing.isAlive()).as("still importing when killed; log: " + log(port)).isTrue();
        importing.destroyForcibly();
        importing.waitFor(10, TimeUnit.SECONDS);

        int again = freePort();
        Process server = start(database, again);
        awaitReady(server, again);
        String roles = get(again, "/api/roles").body();
        server.destroy();
        server.waitFor(10, TimeUnit.SECONDS);

        assertThat(roles.split("\"slug\"").length - 1).isEqualTo(6);
    }
}
