package dev.careeradvisor.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.ChatService;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Opens the interactive console beside the HTTP API once the application is ready, and stops the
 * application when the user quits. Enabled by {@code console.interactive}, which start-up sets when
 * no platform token is configured and stdin is a terminal, or when {@code --console} is given.
 */
@Component
@ConditionalOnProperty("console.interactive")
class ConsoleRunner {

    private final ChatService chat;
    private final ApplicationContext context;
    private final MessageSourceAccessor messages;
    private final Environment environment;

    ConsoleRunner(ChatService chat, ApplicationContext context, MessageSource messageSource, Environment environment) {
        this.chat = chat;
        this.context = context;
        this.messages = new MessageSourceAccessor(messageSource, Locale.ENGLISH);
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void open() {
        Thread thread = new Thread(this::chatThenStop, "console");
        thread.setDaemon(false);
        thread.start();
    }

    private void chatThenStop() {
        InteractiveConsole console = new InteractiveConsole(chat, Actor.console());
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("career-advisor").build()) {
            LineReader reader = console.reader(terminal, InteractiveConsole.defaultHistory());
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
            console.run(reader, messages.getMessage("console.greeting", new Object[] {port}));
            InteractiveConsole.save(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the console", e);
        } finally {
            System.exit(SpringApplication.exit(context));
        }
    }
}
