package dev.careeradvisor.console;

import java.util.Locale;

import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.RoleFolder;
import dev.careeradvisor.compare.ComparisonService;
import dev.careeradvisor.compare.Glance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Runs the one-shot subcommand the application was started with, and hands its exit code to Spring Boot. */
@Component
@Profile("oneshot")
class OneShotRunner implements ApplicationRunner, ExitCodeGenerator {

    private final OneShotCommands commands;
    private ExitCode exitCode = ExitCode.DONE;

    OneShotRunner(Catalog catalog, ComparisonService comparisons, RoleFolder folder, Glance glance, JsonMapper json,
            MessageSource messageSource) {
        MessageSourceAccessor messages = new MessageSourceAccessor(messageSource, Locale.ENGLISH);
        this.commands = new OneShotCommands(catalog, comparisons, folder, new TextCards(messages, glance), json, messages);
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = commands.run(args);
    }

    @Override
    public int getExitCode() {
        return exitCode.code;
    }
}
