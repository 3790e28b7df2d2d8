package dev.careeradvisor.telegram;

import java.util.concurrent.TimeUnit;

import dev.careeradvisor.chat.CompareBench;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** A /compare from request to the Telegram HTML (target p99 < 200 µs). Run by bench/jmh.sh. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TelegramCardBenchmark {

    @Benchmark
    public String compareToTelegramHtml(CompareBench bench) {
        return TelegramHtml.of(bench.compareRandomPair());
    }
}
