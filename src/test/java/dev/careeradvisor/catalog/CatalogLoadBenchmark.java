package dev.careeradvisor.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Reading and validating a folder of 10,000 role files, as start-up does (target < 3 s). Run by bench/jmh.sh. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogLoadBenchmark {

    private Path folder;

    @Setup(Level.Trial)
    public void writeFiles() throws IOException {
        folder = Files.createTempDirectory("roles-10000");
        for (Role role : new CatalogGenerator(7).roles(10_000)) {
            Files.writeString(folder.resolve(role.slug() + ".yaml"), RoleWriter.yaml(role));
        }
    }

    @Benchmark
    public Catalog loadTenThousandRoleFiles() throws IOException {
        RoleFolder.Report report = new RoleFolder(new RoleYaml(new RoleValidator())).read(folder);
        if (report.roles().size() != 10_000) {
            throw new IllegalStateException("expected 10,000 roles, read " + report.roles().size());
        }
        return new Catalog(report.roles());
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
