package dev.careeradvisor.telegram;

import java.io.Serializable;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends to Telegram within its limits (Bucket4j: about 1 message a second per chat, 20 a minute per
 * group, 30 a second in all, waiting rather than dropping), and waits out a 429's {@code retry_after}
 * before trying again, which the library does not do by itself.
 */
final class TelegramSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private static final int ATTEMPTS = 5;

    private final TelegramClient client;
    private final boolean limited;
    private final TelegramMetrics metrics;
    private final Bucket everyone = Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(30).refillGreedy(30, Duration.ofSeconds(1)).build()).build();
    private final Cache<Long, Bucket> chats = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(5)).maximumSize(100_000).build();

    TelegramSender(TelegramClient client, boolean limited, TelegramMetrics metrics) {
        this.client = client;
        this.limited = limited;
        this.metrics = metrics;
    }

    <T extends Serializable, M extends BotApiMethod<T>> T send(M method, long chatId) throws TelegramApiException {
        return attempt(method.getMethod(), chatId, () -> client.execute(method));
    }

    /** Sends a file (an export), within the same limits. */
    Message sendDocument(SendDocument document, long chatId) throws TelegramApiException {
        return attempt("sendDocument", chatId, () -> client.execute(document));
    }

    /** One call to Telegram. */
    interface Call<T> {
        T run() throws TelegramApiException;
    }

    private <T> T attempt(String name, long chatId, Call<T> call) throws TelegramApiException {
        for (int attempt = 1; ; attempt++) {
            if (limited) {
                wait(chats.get(chatId, TelegramSender::chatBucket));
                wait(everyone);
            }
            try {
                T result = call.run();
                metrics.sent();
                return result;
            } catch (TelegramApiRequestException e) {
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                if (e.getErrorCode() == null || e.getErrorCode() != 429 || attempt >= ATTEMPTS) {
                    throw e;
                }
                metrics.tooManyRequests();
                long seconds = retryAfter == null ? attempt : retryAfter;
                log.info("Telegram asked to slow down; retrying {} in {} s", name, seconds);
                sleep(Duration.ofSeconds(seconds));
            }
        }
    }

    /** Answers that are not messages in a chat (callback answers, inline answers) share only the global limit. */
    <T extends Serializable, M extends BotApiMethod<T>> T send(M method) throws TelegramApiException {
        return send(method, 0);
    }

    /** A private chat may take a message a second; a group (negative id) also at most 20 a minute. */
    private static Bucket chatBucket(long chatId) {
        var builder = Bucket.builder().addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, Duration.ofSeconds(1)).build());
        if (chatId < 0) {
            builder.addLimit(Bandwidth.builder().capacity(20).refillGreedy(20, Duration.ofMinutes(1)).build());
        }
        return builder.build();
    }

    private static void wait(Bucket bucket) {
        try {
            bucket.asBlocking().consume(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
