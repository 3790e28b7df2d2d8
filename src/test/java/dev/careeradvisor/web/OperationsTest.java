package dev.careeradvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.ChatRequest;
import dev.careeradvisor.chat.ChatService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an operator watches: health split into liveness and readiness, the info endpoint, and the Prometheus metrics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsTest {

    @LocalServerPort
    int port;

    @Autowired
    ChatService chat;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String path) throws Exception {
        return JsonMapper.builder().build().readTree(get(path).body());
    }

    @Test
    void livenessAndReadinessAreUpWithTheCatalogAndTheDatabaseInReadiness() throws Exception {
        assertThat(json("/actuator/health/liveness").path("status").asString()).isEqualTo("UP");
        JsonNode readiness = json("/actuator/health/readiness");
        assertThat(readiness.path("status").asString()).isEqualTo("UP");
        assertThat(readiness.path("components").has("catalog")).isTrue();
        assertThat(readiness.path("components").has("db")).isTrue();
    }

    @Test
    void infoNamesTheVersionTheCommitAndTheCatalogSize() throws Exception {
        JsonNode info = json("/actuator/info");
        assertThat(info.path("build").path("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(info.path("catalog").path("roles").asInt()).isEqualTo(6);
        assertThat(info.path("git").path("commit").path("id").asString()).isNotBlank();
    }

    @Test
    void theMetricsCountCommandsByPlatformAndOutcomeAndShowTheCatalogAndTheCache() throws Exception {
        chat.handle(ChatRequest.text(Actor.console(), "/compare routing middleware"));
        chat.handle(ChatRequest.text(Actor.console(), "/compare routing middleware"));
        chat.handle(ChatRequest.text(Actor.console(), "/role nothing-like-this"));

        String metrics = get("/actuator/prometheus").body();

        assertThat(metrics).contains("careeradvisor_commands_total{command=\"compare\",outcome=\"ok\",platform=\"console\"} 2.0")
                .contains("careeradvisor_commands_total{command=\"role\",outcome=\"unresolved\",platform=\"console\"} 1.0")
                .contains("careeradvisor_errors_total{kind=\"unresolved\"} 1.0")
                .contains("careeradvisor_reply_latency_seconds_bucket{platform=\"console\"")
                .contains("careeradvisor_catalog_roles 6.0")
                .containsPattern("cache_gets_total\\{cache=\"comparisons\",.*result=\"hit\".*} [1-9]");
    }
}
