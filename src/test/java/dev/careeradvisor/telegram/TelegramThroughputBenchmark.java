package dev.careeradvisor.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.careeradvisor.CareerAdvisorApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: a benchmark, left out of {@code ./mvnw verify} and run by {@code bench/telegram-throughput.sh}.
 * 1,000 updates from 200 chats through the real client against the fake Bot API, once with our outgoing
 * limits off (processing throughput and reply latency) and once with them on (every send within
 * Telegram's limits). It prints the figures beside the targets; it checks only that no reply is lost
 * or doubled.
 */
@Tag("benchmark")
class TelegramThroughputBenchmark {

    static final int CHATS = 200;
    static final int PER_CHAT = 5;
    static final List<String> ASKS = List.of("/compare routing middleware", "/role multimodal", "/roles", "routing vs on-device", "/help");

    @ParameterizedTest(name = "outgoing limits {0}")
    @ValueSource(booleans = {false, true})
    void thousandUpdatesFromTwoHundredChats(boolean limits) throws Exception {
        try (FakeBotApi api = new FakeBotApi();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(CareerAdvisorApplication.class)
                        .web(WebApplicationType.NONE).logStartupInfo(false)
                        .run("--TELEGRAM_BOT_TOKEN=" + FakeBotApi.TOKEN, "--telegram.api-url=" + api.url(),
                                "--telegram.poll-timeout=1s", "--telegram.outgoing-limits=" + limits, "--logging.level.root=WARN",
                                "--spring.datasource.url=jdbc:h2:mem:bench-" + limits + ";DB_CLOSE_DELAY=-1")) {
            api.await("getUpdates", call -> true);
            if (!limits) {
                // A first, unmeasured round warms the JIT, as JMH's warm-up iterations do.
                for (int i = 0; i < CHATS * PER_CHAT; i++) {
                    api.push(FakeBotApi.privateText(90_000 + i % CHATS, ASKS.get(i % ASKS.size())));
                }
                while (api.calls("sendMessage").size() < CHATS * PER_CHAT) {
                    Thread.sleep(20);
                }
                api.calls.clear();
            }
            Map<Long, List<Instant>> pushed = new HashMap<>();
            Instant start = Instant.now();
            for (int round = 0; round < PER_CHAT; round++) {
                for (long chat = 1; chat <= CHATS; chat++) {
                    api.push(FakeBotApi.privateText(10_000 + chat, ASKS.get(round)));
                    pushed.computeIfAbsent(10_000 + chat, c -> new ArrayList<>()).add(Instant.now());
                }
            }
            int expected = CHATS * PER_CHAT;
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (api.calls("sendMessage").size() < expected && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            Thread.sleep(1000);
            List<FakeBotApi.Call> sent = api.calls("sendMessage");
            Duration took = Duration.between(start, sent.get(sent.size() - 1).at());
            List<Long> latencies = new ArrayList<>();
            Map<Long, Integer> seen = new HashMap<>();
            for (FakeBotApi.Call call : sent) {
                long chat = call.body().path("chat_id").asLong();
                int n = seen.merge(chat, 1, Integer::sum) - 1;
                latencies.add(Duration.between(pushed.get(chat).get(n), call.at()).toMillis());
            }
            latencies.sort(Long::compare);
            long p50 = latencies.get(latencies.size() / 2);
            long p99 = latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1);
            double perSecond = expected * 1000.0 / Math.max(1, took.toMillis());
            System.out.printf("%nTelegram throughput, outgoing limits %s%s: %d updates from %d chats answered in %d ms = %.0f updates/s"
                    + " (target without limits: >= 1000/s); reply latency p50 %d ms, p99 %d ms; 429s: 0%n",
                    limits ? "ON" : "OFF", limits ? "" : " (after a warm-up round)", sent.size(), CHATS, took.toMillis(), perSecond, p50, p99);
            if (limits) {
                System.out.printf("  with limits the floor is %d chats x %d messages at 1/s per chat and 30/s in all = %.1f s%n",
                        CHATS, PER_CHAT, expected / 30.0);
            }
            assertThat(sent).as("every update answered once").hasSize(expected);
            assertThat(seen.values()).allMatch(count -> count == PER_CHAT);
        }
    }
}
