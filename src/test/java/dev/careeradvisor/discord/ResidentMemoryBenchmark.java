package dev.careeradvisor.discord;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.careeradvisor.telegram.FakeBotApi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Resident memory of the shipped launch (bin/career-advisor, a child process) after 1,000 commands,
 * 500 through Discord and 500 through Telegram, with both adapters connected to the test fakes; the
 * median of {@code RUNS} runs (default 5), on the H2 file and on PostgreSQL where
 * CAREER_ADVISOR_TEST_PG_URL is set. Not a test: bench/memory.sh runs it and prints the figures.
 */
@Tag("benchmark")
class ResidentMemoryBenchmark {

    static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("RUNS", "5"));
    static final List<String> ASKS = List.of("/compare routing middleware", "/role multimodal", "/roles", "routing vs on-device", "/help");

    @Test
    void residentMemoryAfterAThousandCommands() throws Exception {
        report("H2 file", List::of);
        String url = System.getenv("CAREER_ADVISOR_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            // a schema per run: the answered update ids of one run would make the next one's look answered
            report("PostgreSQL", () -> {
                String schema = "m_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                return List.of("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "--spring.datasource.username=" + System.getenv().getOrDefault("CAREER_ADVISOR_TEST_PG_USER", "career_advisor"),
                    "--spring.datasource.password=" + System.getenv().getOrDefault("CAREER_ADVISOR_TEST_PG_PASSWORD", ""),
                    "--spring.flyway.schemas=" + schema);
            });
        }
    }

    void report(String database, java.util.function.Supplier<List<String>> databaseArguments) throws Exception {
        List<Long> megabytes = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            megabytes.add(oneRun(databaseArguments.get()));
        }
        megabytes.sort(Long::compare);
        System.out.printf("%nResident memory of the shipped launch after 1,000 commands (500 Discord, 500 Telegram), %s: median %d MB of %d runs %s (target < 200 MB)%n",
                database, megabytes.get(megabytes.size() / 2), RUNS, megabytes);
    }

    long oneRun(List<String> databaseArguments) throws Exception {
        Path work = Files.createTempDirectory("memory");
        try (FakeDiscord discord = FakeDiscord.start().guild(77, "Memory Club"); FakeBotApi telegram = new FakeBotApi()) {
            List<String> command = new ArrayList<>(List.of(Path.of("bin/career-advisor").toAbsolutePath().toString(),
                    "--discord.api-url=" + discord.apiUrl(), "--discord.gateway-url=" + discord.gatewayUrl(),
                    "--telegram.api-url=" + telegram.url(), "--telegram.poll-timeout=1s", "--telegram.outgoing-limits=false",
                    "--server.port=" + freePort(), "--logging.level.dev.careeradvisor.commands=WARN"));
            command.addAll(databaseArguments);
            ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("log").toFile());
            builder.environment().put("DISCORD_TOKEN", "memory-token");
            builder.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
            Process bot = builder.start();
            try {
                if (!discord.awaitReady(Duration.ofSeconds(60))) {
                    throw new IllegalStateException("Discord never got ready; log: " + Files.readString(work.resolve("log")));
                }
                List<Long> interactions = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    telegram.push(FakeBotApi.privateText(20_000 + i % 100, ASKS.get(i % ASKS.size())));
                    interactions.add(i % 2 == 0
                            ? discord.slash(77L, 1_000 + i % 100, "0", "compare", null, Map.of("role_a", "routing", "role_b", "middleware"))
                            : discord.slash(77L, 1_000 + i % 100, "0", "role", null, Map.of("name", "multimodal")));
                }
                for (long id : interactions) {
                    discord.awaitReply(id, Duration.ofSeconds(60));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (telegram.calls("sendMessage").size() < 500 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                if (telegram.calls("sendMessage").size() < 500) {
                    throw new IllegalStateException("Telegram answered " + telegram.calls("sendMessage").size() + " of 500");
                }
                return residentMegabytes(bot.pid());
            } finally {
                bot.destroy();
                bot.waitFor();
            }
        }
    }

    static long residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
