package dev.careeradvisor.discord;

import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.careeradvisor.chat.CompareBench;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * A /compare from request to the Discord embed (target p99 < 200 µs). The components are left out:
 * their keys are database writes, measured end to end, not here. Run by bench/jmh.sh.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiscordCardBenchmark {

    @Benchmark
    public List<MessageEmbed> compareToDiscordEmbed(CompareBench bench) {
        return DiscordEmbeds.of(bench.compareRandomPair().cards());
    }
}
