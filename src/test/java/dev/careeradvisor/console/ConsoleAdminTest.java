package dev.careeradvisor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.careeradvisor.catalog.RoleFolder;
import dev.careeradvisor.catalog.RoleValidator;
import dev.careeradvisor.catalog.RoleYaml;
import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.ChatRequest;
import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.Platform;
import dev.careeradvisor.chat.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The admin commands as the local owner types them at the console, and what a community sees of them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ConsoleAdminTest {

    @Autowired
    ChatService chat;

    @TempDir
    Path dir;

    static final String ROLE = dev.careeradvisor.TestRoles.yaml("Prompt Librarian",
            "[Prompt engineering and template management, Curating prompt libraries]");

    @Test
    void theOwnerAddsEditsExportsAndReadsTheHistoryOfARole() throws IOException {
        ChatSession console = new ChatSession(chat, Actor.console());
        assertThat(console.respond("/role-admin add")).startsWith("Paste the role as YAML");
        for (String line : ROLE.split("\n")) {
            assertThat(console.respond(line)).isEmpty();
        }
        assertThat(console.respond(".")).startsWith("Added Prompt Librarian to global.");
        assertThat(console.respond("/role prompt librarian")).startsWith("Prompt Librarian\n");
        assertThat(console.respond("/compare prompt librarian vs routing")).contains("Related skills")
                .contains("Prompt engineering and template management\n    ≈ Prompt engineering and template management for consistent output formatting across models");
        assertThat(console.respond("/role-admin edit prompt librarian demand=8.4 summary=\"Keeps the prompts in order.\""))
                .startsWith("Saved Prompt Librarian.").contains("Version 2");
        assertThat(console.respond("/role-admin edit prompt librarian demand=8.45")).startsWith("! The role was not saved")
                .contains("demand: must have at most one decimal (was 8.45)");
        assertThat(console.respond("/role-admin edit prompt librarian demand=8.5 --if-version 1")).startsWith("! Prompt Librarian was changed by someone else");
        assertThat(console.respond("/role-admin history prompt librarian")).contains("add applied by").contains("edit applied by")
                .contains("edit refused by").contains("edit conflict by");

        Path folder = dir.resolve("export");
        assertThat(console.respond("/role-admin export --all " + folder)).startsWith("Wrote 7 role files into " + folder);
        assertThat(new RoleFolder(new RoleYaml(new RoleValidator())).read(folder).isValid()).isTrue();
        Path one = dir.resolve("one.yaml");
        console.respond("/role-admin export prompt librarian " + one);
        assertThat(Files.readString(one)).contains("name: Prompt Librarian").contains("summary: Keeps the prompts in order.");
        assertThat(console.respond("/role-admin import " + one + " --scope discord:42")).startsWith("Imported 1 role(s) into discord:42.");

        assertThat(console.respond("/role-admin remove prompt librarian")).startsWith("Removed Prompt Librarian");
        assertThat(console.respond("/role prompt librarian")).startsWith("! ");
        assertThat(console.respond("/role-admin restore prompt librarian")).startsWith("Restored Prompt Librarian.");
    }

    @Test
    void aModeratorsRoleIsSeenInTheirCommunityOnlyInEveryCommand() {
        Actor moderator = new Actor(Platform.DISCORD, "7", "Mo", "9001", true);
        Actor member = new Actor(Platform.DISCORD, "8", "Mem", "9001", false);
        Actor elsewhere = new Actor(Platform.DISCORD, "8", "Mem", "9002", false);
        Reply added = chat.handle(ChatRequest.command(moderator, "role-admin", List.of("add", ROLE.replace("Prompt Librarian", "Guild Librarian"))));
        assertThat(added.isError()).as(String.valueOf(added.error())).isFalse();
        assertThat(chat.handle(ChatRequest.text(member, "/role guild librarian")).isError()).isFalse();
        assertThat(chat.handle(ChatRequest.text(member, "guild librarian vs routing")).isError()).isFalse();
        assertThat(chat.handle(ChatRequest.text(member, "/roles")).cards().get(0).title()).isEqualTo("Roles (7)");
        assertThat(chat.completeRoleNames(member, "guild", 25)).hasSize(1);
        assertThat(chat.handle(ChatRequest.text(elsewhere, "/role guild librarian")).problem()).isEqualTo(Reply.Problem.UNRESOLVED);
        assertThat(chat.handle(ChatRequest.text(elsewhere, "/compare guild librarian vs routing")).problem()).isEqualTo(Reply.Problem.UNRESOLVED);
        assertThat(chat.handle(ChatRequest.text(elsewhere, "/roles")).cards().get(0).title()).isEqualTo("Roles (6)");
        assertThat(chat.completeRoleNames(elsewhere, "guild", 25)).isEmpty();

        Reply refused = chat.handle(ChatRequest.text(member, "/role-admin remove guild librarian"));
        assertThat(refused.problem()).isEqualTo(Reply.Problem.FORBIDDEN);
        assertThat(refused.error()).contains("Only this community's moderators, or the bot's owners");
        Reply global = chat.handle(ChatRequest.text(moderator, "/role-admin edit routing demand=1.0"));
        assertThat(global.problem()).isEqualTo(Reply.Problem.UNRESOLVED);
        assertThat(chat.handle(ChatRequest.text(moderator, "/role-admin edit routing demand=1.0 --scope global")).problem())
                .isEqualTo(Reply.Problem.FORBIDDEN);
    }

    @Test
    void suggestionsReachTheModerators() {
        Actor member = new Actor(Platform.TELEGRAM, "8", "Mem", "-77", false);
        Actor moderator = new Actor(Platform.TELEGRAM, "7", "Mo", "-77", true);
        assertThat(chat.handle(ChatRequest.text(member, "/suggest Please add Data Engineer")).cards().get(0).title())
                .startsWith("Thanks!");
        Reply list = chat.handle(ChatRequest.text(moderator, "/role-admin suggestions"));
        assertThat(list.cards().get(0).fields().get(0).value()).contains("Please add Data Engineer — Mem");
        assertThat(list.cards().get(0).actions()).extracting(a -> a.label()).hasSize(2)
                .satisfiesExactly(accept -> assertThat(accept).matches("Accept #\\d+"), dismiss -> assertThat(dismiss).matches("Dismiss #\\d+"));
        assertThat(chat.handle(ChatRequest.text(member, "/role-admin suggestions")).problem()).isEqualTo(Reply.Problem.FORBIDDEN);
    }
}
