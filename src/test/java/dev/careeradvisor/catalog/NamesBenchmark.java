package dev.careeradvisor.catalog;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Name resolution and autocomplete over a generated catalog of 10,000 roles (target p99 < 1 ms;
 * Discord allows autocomplete 3 s). Names are typed differently each time (a prefix, a word with a
 * typo), so that the resolution cache does not answer them all. Run by bench/jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NamesBenchmark {

    private Catalog catalog;
    private List<Role> roles;
    private final SplittableRandom random = new SplittableRandom(3);

    @Setup(Level.Trial)
    public void setUp() {
        roles = new CatalogGenerator(7).roles(10_000);
        catalog = new Catalog(roles);
    }

    private String typed() {
        String name = roles.get(random.nextInt(roles.size())).name().toLowerCase(Locale.ROOT);
        int cut = Math.max(2, Math.min(name.length(), 2 + random.nextInt(12)));
        String prefix = name.substring(0, cut);
        return random.nextInt(4) == 0 ? prefix + "x" + random.nextInt(1000) : prefix + " " + random.nextInt(100_000);
    }

    @Benchmark
    public NameResolution resolveATypedName() {
        return catalog.resolve(typed());
    }

    @Benchmark
    public List<Role> autocompleteWhatWasTyped() {
        String name = roles.get(random.nextInt(roles.size())).name().toLowerCase(Locale.ROOT);
        return catalog.complete(name.substring(0, Math.min(name.length(), 1 + random.nextInt(8))), 25);
    }
}
