package dev.careeradvisor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.careeradvisor.catalog.BundledRoles;
import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.ChatServices;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console as a person uses it: typed lines, Tab, numbers for choices, and a pipe. */
class ConsoleChatTest {

    final ChatService chat = ChatServices.over(BundledRoles.catalog());

    @TempDir
    Path home;

    Terminal dumbTerminal(String typed, ByteArrayOutputStream screen) throws IOException {
        return TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen)
                .encoding(StandardCharsets.UTF_8).build();
    }

    @Test
    void tabCompletesARoleNameFromAnyOfItsWords() throws IOException {
        InteractiveConsole console = new InteractiveConsole(chat, Actor.console());
        try (Terminal terminal = dumbTerminal("/compare rout\tmiddleware\n", new ByteArrayOutputStream())) {
            LineReader reader = console.reader(terminal, home.resolve("history"));
            assertThat(reader.readLine("> ")).isEqualTo("/compare ai-model-routing-engineer middleware");
        }
    }

    @Test
    void tabCompletesCommandNames() throws IOException {
        InteractiveConsole console = new InteractiveConsole(chat, Actor.console());
        try (Terminal terminal = dumbTerminal("/comp\trouting middleware\n", new ByteArrayOutputStream())) {
            LineReader reader = console.reader(terminal, home.resolve("history"));
            assertThat(reader.readLine("> ")).isEqualTo("/compare routing middleware");
        }
    }

    @Test
    void theConsoleAnswersEachLineAndStopsAtQuit() throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        InteractiveConsole console = new InteractiveConsole(chat, Actor.console());
        try (Terminal terminal = dumbTerminal("/compare rout\tmiddleware\n1\n/quit\n/help\n", screen)) {
            console.run(console.reader(terminal, home.resolve("history")), "hello");
        }
        String shown = screen.toString(StandardCharsets.UTF_8).replace("\r", "");
        assertThat(shown).contains("hello").contains("AI Model Routing Engineer vs AI Middleware Engineer")
                .contains("[1] Swap").contains("AI Middleware Engineer vs AI Model Routing Engineer")
                .doesNotContain("/compare A B");
    }

    @Test
    void theConsoleStopsAtTheEndOfInput() throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        InteractiveConsole console = new InteractiveConsole(chat, Actor.console());
        try (Terminal terminal = dumbTerminal("/role multimodal\n", screen)) {
            console.run(console.reader(terminal, home.resolve("history")), "hello");
        }
        assertThat(screen.toString(StandardCharsets.UTF_8).replace("\r", "")).contains("AI Multimodal Systems Engineer\n===");
    }

    @Test
    void aNumberPicksAChoiceAndAChoiceListsItsOptions() {
        ChatSession session = new ChatSession(chat, Actor.console());
        String card = session.respond("/role multimodal");
        assertThat(card).contains("[1] Compare AI Multimodal Systems Engineer with… (5)", "[2] All roles");
        String options = session.respond("1");
        assertThat(options).startsWith("Compare AI Multimodal Systems Engineer with…\n").contains("[1] AI Middleware Engineer");
        assertThat(session.respond("1")).startsWith("AI Multimodal Systems Engineer vs AI Middleware Engineer\n");
        assertThat(session.respond("99")).startsWith("! ");
    }

    @Test
    void didYouMeanSuggestionsAreNumberedToo() {
        ChatSession session = new ChatSession(chat, Actor.console());
        assertThat(session.respond("/role midlewhere lead")).startsWith("! No role matches \"midlewhere lead\"").contains("[1] ");
        assertThat(session.respond("1")).doesNotStartWith("! ");
    }

    @Test
    void aPipeGetsEachReplyFollowedByAnEmptyLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExitCode code = new PipeChat(new ChatSession(chat, Actor.console())).run(
                new BufferedReader(new StringReader("/compare routing middleware\n\n/role multimodal\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ExitCode.DONE);
        String[] replies = out.toString(StandardCharsets.UTF_8).split("\n\n(?=AI Multimodal Systems Engineer\n=)");
        assertThat(replies).hasSize(2);
        assertThat(replies[0]).startsWith("AI Model Routing Engineer vs AI Middleware Engineer\n");
        assertThat(replies[1]).startsWith("AI Multimodal Systems Engineer\n").endsWith("\n\n");
    }
}
