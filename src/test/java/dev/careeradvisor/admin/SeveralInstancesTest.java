package dev.careeradvisor.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.careeradvisor.CareerAdvisorApplication;
import dev.careeradvisor.TestRoles;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two instances of the bot on one PostgreSQL, as docs/scaling.md runs them. */
class SeveralInstancesTest {

    final String url = System.getenv("CAREER_ADVISOR_TEST_PG_URL");
    final String schema = "i_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        if (url != null && !url.isBlank()) {
            jdbc().sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    JdbcClient jdbc() {
        var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(url,
                System.getenv().getOrDefault("CAREER_ADVISOR_TEST_PG_USER", "career_advisor"),
                System.getenv().getOrDefault("CAREER_ADVISOR_TEST_PG_PASSWORD", ""));
        return JdbcClient.create(dataSource);
    }

    ConfigurableApplicationContext instance() {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(CareerAdvisorApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                        "--spring.datasource.username=" + System.getenv().getOrDefault("CAREER_ADVISOR_TEST_PG_USER", "career_advisor"),
                        "--spring.datasource.password=" + System.getenv().getOrDefault("CAREER_ADVISOR_TEST_PG_PASSWORD", ""),
                        "--spring.flyway.schemas=" + schema, "--catalog.refresh=10m");
        synchronized (instances) {
            instances.add(app);
        }
        return app;
    }

    @Test
    void twoInstancesStartedAtOnceMigrateOnceAndARoleEditedThroughOneIsServedByTheOtherWithinASecond() throws Exception {
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("CAREER_ADVISOR_TEST_PG_REQUIRED"))) {
                throw new IllegalStateException("CAREER_ADVISOR_TEST_PG_REQUIRED=1 but CAREER_ADVISOR_TEST_PG_URL is not set");
            }
            Assumptions.abort("No PostgreSQL configured (CAREER_ADVISOR_TEST_PG_URL)");
        }
        CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(this::instance);
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(this::instance);
        ConfigurableApplicationContext a = first.get();
        ConfigurableApplicationContext b = second.get();
        assertThat(jdbc().sql("select version from " + schema + ".flyway_schema_history where success and version is not null order by installed_rank")
                .query(String.class).list()).containsExactly("1", "2");

        Catalogs seenByB = b.getBean(Catalogs.class);
        assertThat(seenByB.of(Scope.GLOBAL).bySlug("shared-role")).isEmpty();
        Thread.sleep(300); // both listeners are up
        a.getBean(AdminService.class).add(new Editor("console", "local", "me", null, true), Scope.GLOBAL,
                TestRoles.yaml("Shared Role", "[Prompt engineering]"));
        long changed = System.nanoTime();
        while (seenByB.of(Scope.GLOBAL).bySlug("shared-role").isEmpty() && System.nanoTime() - changed < Duration.ofSeconds(5).toNanos()) {
            Thread.sleep(10);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - changed);

        System.out.printf("Instance B served the role added through A after %d ms%n", took.toMillis());
        assertThat(seenByB.of(Scope.GLOBAL).bySlug("shared-role")).isPresent();
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }
}
