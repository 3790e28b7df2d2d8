package dev.careeradvisor.console;

import java.io.IOException;
import java.util.Locale;

import dev.careeradvisor.catalog.RoleFolder;
import dev.careeradvisor.chat.ChatService;
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

    OneShotRunner(ChatService chat, RoleFolder folder, JsonMapper json, MessageSource messageSource) {
        this.commands = new OneShotCommands(chat, folder, json, new MessageSourceAccessor(messageSource, Locale.ENGLISH));
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        exitCode = commands.run(args);
    }

    @Override
    public int getExitCode() {
        return exitCode.code;
    }
}
