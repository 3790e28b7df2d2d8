package dev.careeradvisor.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.ChatService;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The chat in a terminal, with JLine's line editing, history (kept in {@code ~/.career-advisor_history})
 * and Tab completion of commands and role names. Ends with {@code /quit} or Ctrl-D.
 */
final class InteractiveConsole {

    static final String PROMPT = "career-advisor> ";

    private final ChatService chat;
    private final Actor actor;

    InteractiveConsole(ChatService chat, Actor actor) {
        this.chat = chat;
        this.actor = actor;
    }

    LineReader reader(Terminal terminal, Path history) {
        return LineReaderBuilder.builder()
                .appName("career-advisor")
                .terminal(terminal)
                .completer(new ChatCompleter(chat, actor))
                .completionMatcher(new ChatCompleter.RoleAwareMatcher())
                .variable(LineReader.HISTORY_FILE, history)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .build();
    }

    /** Chats until the user quits; returns normally on /quit and on Ctrl-D. */
    void run(LineReader reader, String greeting) {
        PrintWriter out = reader.getTerminal().writer();
        out.println(greeting);
        out.flush();
        ChatSession session = new ChatSession(chat, actor);
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            if (ChatSession.isQuit(line)) {
                return;
            }
            out.print(session.respond(line));
            out.flush();
        }
    }

    static Path defaultHistory() {
        return Path.of(System.getProperty("user.home"), ".career-advisor_history");
    }

    static void save(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // History is a convenience; failing to save it must not spoil the exit.
        }
    }
}
