package dev.careeradvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.careeradvisor.CareerAdvisorApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;

class CatalogStartupTest {

    @TempDir
    Path dir;

    @Test
    void aBadRoleFileStopsStartUpNamingTheFileTheFieldAndTheRule() throws IOException {
        Files.writeString(dir.resolve("bad-role.yaml"), Files.readString(Path.of("roles/ai-middleware-engineer.yaml"))
                .replace("slug: ai-middleware-engineer", "slug: bad-role").replace("aiReplacementRisk: 15", "aiReplacementRisk: 150"));
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(CareerAdvisorApplication.class)
                .web(WebApplicationType.NONE)
                .run("--catalog.roles-dir=" + dir));
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        assertThat(cause).isInstanceOf(InvalidCatalogException.class);
        FailureAnalysis analysis = new InvalidCatalogFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains(dir.resolve("bad-role.yaml")
                + ": aiReplacementRisk: must be a whole percentage from 0 to 100 (was 150)");
        assertThat(analysis.getAction()).contains("validate-roles");
    }

    @Test
    void theShippedCatalogLoadsWhenNoFolderIsSet() {
        try (var context = new SpringApplicationBuilder(CareerAdvisorApplication.class).web(WebApplicationType.NONE).run()) {
            assertThat(context.getBean(Catalogs.class).of(Scope.GLOBAL).roles()).hasSize(6);
            assertThat(context.getBean(CatalogHealthIndicator.class).health().getDetails())
                    .containsEntry("roles", 6).containsEntry("refused", 0L).containsEntry("source", "classpath:roles/");
        }
    }
}
