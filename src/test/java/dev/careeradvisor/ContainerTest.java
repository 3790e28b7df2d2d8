package dev.careeradvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Docker does not run here, so the Dockerfile is checked as text: it builds as CI does, runs as a
 * non-root user with ./data as a volume and a health check, and starts the way bin/career-advisor does.
 */
class ContainerTest {

    static List<String> instructions(Path file) throws IOException {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            current.append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!line.endsWith("\\")) {
                instructions.add(current.toString().replaceAll("\\s+", " ").strip());
                current.setLength(0);
            }
        }
        return instructions;
    }

    static String ciBuild() throws IOException {
        return Files.readAllLines(Path.of(".ci/run")).stream().map(String::strip).filter(line -> line.startsWith("./mvnw "))
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void theBuildStageRunsCisBuildWithTheTestsLeftToCi() throws IOException {
        List<String> runs = instructions(Path.of("Dockerfile")).stream().filter(i -> i.startsWith("RUN ./mvnw")).toList();

        assertThat(runs).hasSize(1);
        assertThat(ciBuild()).isEqualTo("./mvnw -B verify");
        assertThat(runs.get(0)).isEqualTo("RUN " + ciBuild().replace(" verify", " -DskipTests package"));
    }

    @Test
    void theImageRunsAsANonRootUserWithItsDataOnAVolumeAndAHealthCheck() throws IOException {
        List<String> instructions = instructions(Path.of("Dockerfile"));
        List<String> froms = instructions.stream().filter(i -> i.startsWith("FROM ")).toList();

        assertThat(froms).hasSize(2);
        assertThat(froms.get(1)).contains("-jre");
        assertThat(instructions).contains("USER career-advisor", "VOLUME /app/data", "EXPOSE 8080");
        assertThat(instructions.stream().filter(i -> i.startsWith("HEALTHCHECK")).findFirst().orElseThrow())
                .contains("/actuator/health/liveness");
    }

    @Test
    void theContainerStartsWithTheSameFlagsAsTheLaunchScript() throws IOException {
        List<String> instructions = instructions(Path.of("Dockerfile"));
        String entrypoint = instructions.stream().filter(i -> i.startsWith("ENTRYPOINT")).findFirst().orElseThrow();
        String options = instructions.stream().filter(i -> i.startsWith("ENV JAVA_TOOL_OPTIONS=")).findFirst().orElse("");
        Matcher flags = Pattern.compile("flags=\\(([^)]*)\\)").matcher(Files.readString(Path.of("bin/career-advisor")));
        assertThat(flags.find()).isTrue();

        for (String flag : flags.group(1).split("\\s+")) {
            assertThat(entrypoint.contains("\"" + flag + "\"") || options.contains(flag)).as(flag + " in ENTRYPOINT or JAVA_TOOL_OPTIONS").isTrue();
        }
        assertThat(entrypoint).contains("-XX:AOTCache=");
    }
}
