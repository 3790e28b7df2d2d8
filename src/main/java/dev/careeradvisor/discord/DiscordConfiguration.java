package dev.careeradvisor.discord;

import java.util.EnumSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.ComponentStore;
import dev.careeradvisor.chat.DeliveryStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The Discord adapter, started only when {@code DISCORD_TOKEN} is set, and never by a one-shot
 * command. JDA runs light: no intents beyond the guild events JDA always takes (none privileged), no member cache, no
 * other caches.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordConfiguration.TokenSet.class)
@Profile("!oneshot")
@EnableConfigurationProperties(DiscordProperties.class)
class DiscordConfiguration {

    static final String TOKEN = "DISCORD_TOKEN";
    /** Replies are quick in-memory work with a database round trip or two; a few workers keep up with Discord's limits. */
    static final int WORKERS = 4;

    @Bean
    DiscordMetrics discordMetrics() {
        return new DiscordMetrics();
    }

    @Bean
    DiscordConnector discordConnector(Environment environment, DiscordProperties properties, ChatService chat,
            ComponentStore components, DeliveryStore deliveries, DiscordMetrics metrics) {
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemon("discord-interaction"));
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("discord-deadline"));
        DiscordReplies replies = new DiscordReplies(new DiscordComponents(components));
        DiscordInteractions interactions = new DiscordInteractions(chat, components, replies,
                new RoleAdminInteractions(chat, replies, new RoleFormModals(chat)), metrics, workers, timers);
        CommandRegistration registration = new CommandRegistration(SlashCommands.definitions(), properties.guildIds(), deliveries);
        String token = environment.getRequiredProperty(TOKEN);
        String api = properties.apiUrl().toString().endsWith("/") ? properties.apiUrl().toString() : properties.apiUrl() + "/";
        return new DiscordConnector(token, connector -> DefaultShardManagerBuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(api))
                .setSessionController(new GatewaySessionController(properties.gatewayUrl().toString(), properties.shardTotal()))
                .setShardsTotal(properties.shardTotal())
                .setShards(DiscordConnector.range(properties.firstShard(), properties.lastShard()))
                .setEnableShutdownHook(false)
                .addEventListeners(interactions, registration, connector)
                .build(), () -> {
                    workers.shutdown();
                    timers.shutdown();
                });
    }

    /** The adapter's errors, shard states and gateway ping on the metrics endpoint; the commands are counted by the chat layer. */
    @Bean
    MeterBinder discordMeters(DiscordMetrics metrics, DiscordConnector connector) {
        return registry -> {
            FunctionCounter.builder("careeradvisor.discord.errors", metrics, DiscordMetrics::errors)
                    .description("Interactions that could not be answered").register(registry);
            Gauge.builder("careeradvisor.discord.gateway.ping", connector, DiscordConnector::ping).baseUnit("milliseconds")
                    .description("Average gateway heartbeat round trip").register(registry);
            Gauge.builder("careeradvisor.discord.shards.connected", connector,
                    c -> c.statuses().values().stream().filter("CONNECTED"::equals).count()).description("Shards connected").register(registry);
        };
    }

    @Bean
    DiscordHealthIndicator discordHealthIndicator(DiscordConnector connector, DiscordMetrics metrics) {
        return new DiscordHealthIndicator(connector, metrics);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** True when the token is set and not blank. */
    static final class TokenSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String token = context.getEnvironment().getProperty(TOKEN);
            return token != null && !token.isBlank();
        }
    }
}
