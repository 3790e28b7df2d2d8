package dev.careeradvisor.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import dev.careeradvisor.CareerAdvisorApplication;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.Scope;
import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.CommandCall;
import dev.careeradvisor.chat.ComponentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Roles, history and component keys survive a restart of the application on its H2 file. */
class RestartTest {

    @TempDir
    Path data;

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CareerAdvisorApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("career-advisor") + ";AUTO_SERVER=TRUE");
    }

    @Test
    void rolesHistoryAndComponentKeysSurviveARestart() {
        Scope guild = Scope.parse("discord:555");
        String key;
        try (ConfigurableApplicationContext first = start()) {
            AdminService admin = first.getBean(AdminService.class);
            assertThat(admin.add(AdminStack.moderatorOf("555"), guild, AdminContract.roleYaml("Kept Across Restarts", "kept")).applied()).isTrue();
            assertThat(admin.edit(AdminStack.moderatorOf("555"), guild, "kept", java.util.Map.of("demand", "8.5"), null).applied()).isTrue();
            key = first.getBean(ComponentStore.class).remember(CommandCall.of("role", "kept"),
                    new Actor(dev.careeradvisor.chat.Platform.DISCORD, "7", "Mo", "555", true), Duration.ofHours(1));
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(Catalogs.class).of(guild).bySlug("kept")).hasValueSatisfying(role ->
                    assertThat(role.demand()).isEqualTo(8.5));
            assertThat(second.getBean(AdminService.class).history(guild, "kept")).extracting(AuditEntry::action)
                    .containsExactly("add", "edit");
            assertThat(second.getBean(ComponentStore.class).recall(key)).isPresent();
        }
    }
}
