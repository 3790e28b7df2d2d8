package dev.careeradvisor.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import dev.careeradvisor.CareerAdvisorApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starting, restarting and failing to log in, with the real JDA against the fake Discord. */
class DiscordLifecycleTest {

    static final long GUILD = 9101;
    static final Duration WAIT = Duration.ofSeconds(20);

    final FakeDiscord discord = FakeDiscord.start().guild(GUILD, "Career Club");
    final String database = "jdbc:h2:mem:discord-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @AfterEach
    void stop() {
        discord.close();
    }

    ConfigurableApplicationContext start(WebApplicationType web, String... more) {
        String[] arguments = new String[more.length + 5];
        arguments[0] = "--DISCORD_TOKEN=fake-token";
        arguments[1] = "--discord.api-url=" + discord.apiUrl();
        arguments[2] = "--discord.gateway-url=" + discord.gatewayUrl();
        arguments[3] = "--spring.datasource.url=" + database;
        arguments[4] = "--server.port=0";
        System.arraycopy(more, 0, arguments, 5, more.length);
        return new SpringApplicationBuilder(CareerAdvisorApplication.class).web(web).run(arguments);
    }

    /** Answers one command, which shows that the shard is ready and its ready work done. */
    void answersACommand() {
        long id = discord.slash(GUILD, 1, "0", "help", null, Map.of());
        assertThat(discord.awaitReply(id, WAIT).message().path("embeds").size()).isEqualTo(1);
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + WAIT).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theTokenIsNeverLoggedWhole(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start(WebApplicationType.NONE)) {
            answersACommand();
        }
        assertThat(output.getAll()).contains("with token ****oken").doesNotContain("fake-token");
    }

    @Test
    void commandsAreRegisteredOnceAndNotAgainOnARestartWithTheSameCommands() {
        try (ConfigurableApplicationContext first = start(WebApplicationType.NONE)) {
            await(() -> discord.calls("PUT", "/applications/").size() == 1);
        }
        try (ConfigurableApplicationContext again = start(WebApplicationType.NONE)) {
            answersACommand();
        }
        assertThat(discord.calls("PUT", "/applications/")).hasSize(1);
        assertThat(discord.identifies()).isEqualTo(2);
    }

    @Test
    void guildRegistrationClearsTheGlobalCommandsAndTheOtherWayRound() {
        try (ConfigurableApplicationContext global = start(WebApplicationType.NONE)) {
            await(() -> discord.commands(null).size() == 7);
        }
        try (ConfigurableApplicationContext guild = start(WebApplicationType.NONE, "--discord.guild-ids=" + GUILD)) {
            await(() -> discord.commands(GUILD).size() == 7 && discord.commands(null).isEmpty());
        }
        try (ConfigurableApplicationContext global = start(WebApplicationType.NONE)) {
            await(() -> discord.commands(null).size() == 7 && discord.commands(GUILD).isEmpty());
        }
        assertThat(discord.calls("PUT", "/applications/")).hasSize(5);
    }

    @Test
    void aRefusedTokenLeavesDiscordDownInHealthWhileTheHttpApiAnswers() throws Exception {
        discord.refuseToken(true);
        try (ConfigurableApplicationContext app = start(WebApplicationType.SERVLET)) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            await(() -> discordHealth(base).path("details").path("problem").asString("").contains("401"));
            assertThat(discordHealth(base).path("status").asString()).isEqualTo("DOWN");
            assertThat(get(base + "/api/roles").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aTokenRefusedByTheGatewayLeavesDiscordDown() {
        discord.closeOnNextIdentify(4004);
        try (ConfigurableApplicationContext app = start(WebApplicationType.NONE)) {
            DiscordHealthIndicator health = app.getBean(DiscordHealthIndicator.class);
            await(() -> String.valueOf(health.health().getDetails().get("problem")).contains("4004"));
            assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
        }
    }

    @Test
    void aShardRangeOutsideTheTotalStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> start(WebApplicationType.NONE, "--discord.shard-total=2", "--discord.shards=1-3").close())
                .hasStackTraceContaining("discord.shards");
    }

    static JsonNode discordHealth(String base) {
        try {
            return JsonMapper.builder().build().readTree(get(base + "/actuator/health").body()).path("components").path("discord");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
