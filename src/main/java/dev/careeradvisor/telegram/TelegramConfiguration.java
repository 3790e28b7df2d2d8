package dev.careeradvisor.telegram;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.ComponentStore;
import dev.careeradvisor.chat.DeliveryStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram adapter, started only when {@code TELEGRAM_BOT_TOKEN} is set, and never by a one-shot
 * command (which must not take the bot's updates).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramConfiguration.TokenSet.class)
@Profile("!oneshot")
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

    static final String TOKEN = "TELEGRAM_BOT_TOKEN";

    @Bean
    TelegramClient telegramClient(Environment environment, TelegramProperties properties) {
        return new OkHttpTelegramClient(environment.getRequiredProperty(TOKEN), TelegramClients.url(properties.apiUrl()));
    }

    @Bean
    TelegramMetrics telegramMetrics() {
        return new TelegramMetrics();
    }

    @Bean
    TelegramConnector telegramConnector(Environment environment, TelegramProperties properties, TelegramClient client,
            ChatService chat, DeliveryStore deliveries, ComponentStore components, TelegramMetrics metrics) {
        AtomicReference<String> username = new AtomicReference<>("");
        TelegramSender sender = new TelegramSender(client, properties.outgoingLimits(), metrics);
        Documents documents = new Documents(sender, properties.apiUrl(), environment.getRequiredProperty(TOKEN));
        TelegramBot bot = new TelegramBot(chat, deliveries, components, sender, metrics, username::get, documents);
        return new TelegramConnector(environment.getRequiredProperty(TOKEN), properties, client, bot, deliveries, metrics, username);
    }

    /** The adapter's counters on the metrics endpoint: updates taken, replies sent, errors, 429s. */
    @Bean
    MeterBinder telegramMeters(TelegramMetrics metrics) {
        return registry -> {
            FunctionCounter.builder("careeradvisor.telegram.updates", metrics.updates, AtomicLong::get).description("Updates taken").register(registry);
            FunctionCounter.builder("careeradvisor.telegram.replies", metrics.replies, AtomicLong::get).description("Messages sent").register(registry);
            FunctionCounter.builder("careeradvisor.telegram.errors", metrics.errors, AtomicLong::get).description("Updates that could not be answered").register(registry);
            FunctionCounter.builder("careeradvisor.telegram.too.many.requests", metrics.tooManyRequests, AtomicLong::get)
                    .description("429 answers waited out").register(registry);
        };
    }

    @Bean
    TelegramHealthIndicator telegramHealthIndicator(TelegramConnector connector, TelegramMetrics metrics) {
        return new TelegramHealthIndicator(connector, metrics);
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
