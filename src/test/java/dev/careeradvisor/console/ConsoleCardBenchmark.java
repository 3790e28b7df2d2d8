package dev.careeradvisor.console;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

import dev.careeradvisor.chat.CompareBench;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A /compare from request to the console's text (target p99 < 200 µs). Run by bench/jmh.sh. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ConsoleCardBenchmark {

    private final TextRenderer renderer = new TextRenderer();

    @Benchmark
    public String compareToConsoleText(CompareBench bench) {
        return renderer.render(bench.compareRandomPair(), new ArrayList<>());
    }
}
