package dev.careeradvisor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.careeradvisor.CareerAdvisorApplication;
import dev.careeradvisor.TestRoles;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** The real JDA against a fake Discord on loopback (REST and a zlib-stream gateway): what goes over the wire is what is checked. */
class DiscordEndToEndTest {

    static final long GUILD = 9001;
    static final long OTHER_GUILD = 9002;
    static final long ADA = 501;
    static final long BOB = 502;
    static final String MEMBER = "0";
    static final String MANAGE_SERVER = Long.toString(1L << 5);
    static final Duration WAIT = Duration.ofSeconds(10);

    static FakeDiscord discord;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        discord = FakeDiscord.start().guild(GUILD, "Career Club").guild(OTHER_GUILD, "Elsewhere");
        app = new SpringApplicationBuilder(CareerAdvisorApplication.class).web(WebApplicationType.NONE)
                .run("--DISCORD_TOKEN=fake-token", "--discord.api-url=" + discord.apiUrl(), "--discord.gateway-url=" + discord.gatewayUrl(),
                        "--spring.datasource.url=jdbc:h2:mem:discord-e2e;DB_CLOSE_DELAY=-1");
        assertThat(discord.awaitReady(Duration.ofSeconds(20))).isTrue();
        awaitCommands();
    }

    @AfterAll
    static void stop() {
        app.close();
        discord.close();
    }

    static void awaitCommands() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (discord.calls("PUT", "/applications/").isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    static JsonNode embed(FakeDiscord.Reply reply) {
        return reply.message().path("embeds").get(0);
    }

    static String fields(JsonNode embed) {
        List<String> texts = new ArrayList<>();
        embed.path("fields").forEach(field -> texts.add(field.path("name").asString() + "\n" + field.path("value").asString()));
        return String.join("\n", texts);
    }

    static String firstButton(FakeDiscord.Reply reply) {
        return reply.message().path("components").get(0).path("components").get(0).path("custom_id").asString();
    }

    @Test
    void compareAnswersWithAnEmbedCarryingTheSeedFiguresAndButtons() {
        long id = discord.slash(GUILD, ADA, MEMBER, "compare", null, Map.of("role_a", "routing", "role_b", "middleware"));

        FakeDiscord.Reply reply = discord.awaitReply(id, WAIT);

        JsonNode embed = embed(reply);
        assertThat(reply.ephemeral()).isFalse();
        assertThat(embed.path("title").asString()).isEqualTo("AI Model Routing Engineer vs AI Middleware Engineer");
        assertThat(fields(embed)).contains("**Salary Range**: $135,000-$210,000/yr", "**Salary Range**: $120,000-$210,000/yr",
                "**Demand Score**: 9.0/10", "**Demand Score**: 9.2/10", "**Entry Barrier**: High", "**Entry Barrier**: Medium");
        assertThat(embed.path("fields").get(0).path("inline").asBoolean()).isTrue();
        assertThat(embed.path("fields").get(1).path("inline").asBoolean()).isTrue();
        assertThat(embed.path("footer").path("text").asString()).contains("2026-11-22");
        JsonNode buttons = reply.message().path("components").get(0).path("components");
        assertThat(buttons.get(0).path("label").asString()).isEqualTo("Swap");
        assertThat(buttons.get(1).path("label").asString()).isEqualTo("Skills");
        assertThat(reply.message().path("components").get(1).path("components").get(0).path("options").size()).isBetween(1, 25);
        assertThat(reply.message().path("allowed_mentions").path("parse").size()).isZero();
    }

    @Test
    void autocompleteOffersAtMost25MatchingRoles() {
        long id = discord.autocomplete(GUILD, ADA, "compare", null, Map.of("role_a", "rout"), "role_a");

        JsonNode choices = discord.awaitCallback(id, WAIT).json().path("data").path("choices");

        assertThat(discord.awaitCallback(id, WAIT).json().path("type").asInt()).isEqualTo(8);
        assertThat(choices.size()).isBetween(1, 25);
        assertThat(choices.get(0).path("name").asString()).isEqualTo("AI Model Routing Engineer");
        assertThat(choices.get(0).path("value").asString()).isEqualTo("ai-model-routing-engineer");
    }

    @Test
    void anUnknownNameGetsADidYouMeanOnlyTheAskerSees() {
        long id = discord.slash(GUILD, ADA, MEMBER, "role", null, Map.of("name", "engineer"));

        FakeDiscord.Reply reply = discord.awaitReply(id, WAIT);

        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.message().path("content").asString()).startsWith("⚠️");
        assertThat(reply.message().path("components").get(0).path("components").size()).isGreaterThan(1);
    }

    @Test
    void theRequestersSwapEditsTheCardInPlace() {
        long asked = discord.slash(GUILD, ADA, MEMBER, "compare", null, Map.of("role_a", "routing", "role_b", "middleware"));
        FakeDiscord.Reply card = discord.awaitReply(asked, WAIT);

        long pressed = discord.button(GUILD, ADA, firstButton(card), discord.messageOf(asked));
        FakeDiscord.Reply swapped = discord.awaitReply(pressed, WAIT);

        assertThat(swapped.callbackType()).isIn(6, 7);
        assertThat(swapped.messageId()).isEqualTo(discord.messageOf(asked));
        assertThat(embed(swapped).path("title").asString()).isEqualTo("AI Middleware Engineer vs AI Model Routing Engineer");
    }

    @Test
    void someoneElsesSwapGivesThemACardOfTheirOwnAndLeavesTheOriginal() {
        long asked = discord.slash(GUILD, ADA, MEMBER, "compare", null, Map.of("role_a", "routing", "role_b", "multimodal"));
        FakeDiscord.Reply card = discord.awaitReply(asked, WAIT);
        long message = discord.messageOf(asked);

        FakeDiscord.Reply theirs = discord.awaitReply(discord.button(GUILD, BOB, firstButton(card), message), WAIT);

        assertThat(theirs.ephemeral()).isTrue();
        assertThat(embed(theirs).path("title").asString()).isEqualTo("AI Multimodal Systems Engineer vs AI Model Routing Engineer");
        assertThat(discord.message(message).path("embeds").get(0).path("title").asString())
                .isEqualTo("AI Model Routing Engineer vs AI Multimodal Systems Engineer");
    }

    @Test
    void theMenuComparesWithAnotherRole() {
        long asked = discord.slash(GUILD, ADA, MEMBER, "compare", null, Map.of("role_a", "routing", "role_b", "middleware"));
        FakeDiscord.Reply card = discord.awaitReply(asked, WAIT);
        JsonNode menu = card.message().path("components").get(1).path("components").get(0);

        long picked = discord.select(GUILD, ADA, menu.path("custom_id").asString(), List.of("0"), discord.messageOf(asked));

        assertThat(embed(discord.awaitReply(picked, WAIT)).path("title").asString())
                .startsWith("AI Model Routing Engineer vs " + menu.path("options").get(0).path("label").asString());
    }

    @Test
    void roleAdminFromAMemberWithoutPermissionIsRefusedAndStoresNothing() {
        String file = discord.attachment("role.yaml", TestRoles.yaml("Refused Role", "[Prompt engineering]").getBytes(StandardCharsets.UTF_8));

        FakeDiscord.Reply byFile = discord.awaitReply(discord.slash(GUILD, BOB, MEMBER, "role-admin", "add",
                Map.of("file", new FakeDiscord.Attachment(file))), WAIT);
        FakeDiscord.Reply byForm = discord.awaitReply(discord.slash(GUILD, BOB, MEMBER, "role-admin", "add", Map.of()), WAIT);

        assertThat(byFile.ephemeral()).isTrue();
        assertThat(byFile.message().path("content").asString()).contains("moderators");
        assertThat(byForm.callbackType()).isEqualTo(4);
        assertThat(byForm.message().path("content").asString()).contains("moderators");
        assertThat(app.getBean(Catalogs.class).of(Scope.community("DISCORD", Long.toString(GUILD))).bySlug("refused-role")).isEmpty();
    }

    @Test
    void aModeratorsRoleLandsInTheirGuildOnly() {
        String file = discord.attachment("role.yaml", TestRoles.yaml("Guild Prompt Librarian", "[Prompt engineering]").getBytes(StandardCharsets.UTF_8));

        FakeDiscord.Reply added = discord.awaitReply(discord.slash(GUILD, ADA, MANAGE_SERVER, "role-admin", "add",
                Map.of("file", new FakeDiscord.Attachment(file))), WAIT);

        assertThat(added.ephemeral()).isTrue();
        Catalogs catalogs = app.getBean(Catalogs.class);
        assertThat(catalogs.of(Scope.community("DISCORD", Long.toString(GUILD))).bySlug("guild-prompt-librarian")).isPresent();
        assertThat(catalogs.of(Scope.community("DISCORD", Long.toString(OTHER_GUILD))).bySlug("guild-prompt-librarian")).isEmpty();
        assertThat(catalogs.of(Scope.GLOBAL).bySlug("guild-prompt-librarian")).isEmpty();
        long id = discord.autocomplete(GUILD, BOB, "compare", null, Map.of("role_a", "guild prompt"), "role_a");
        assertThat(discord.awaitCallback(id, WAIT).json().path("data").path("choices").get(0).path("value").asString())
                .isEqualTo("guild-prompt-librarian");
    }

    @Test
    void aModeratorAddsARoleWithTheFormAndEditsItPrefilled() {
        FakeDiscord.Call modal = discord.awaitCallback(discord.slash(GUILD, ADA, MANAGE_SERVER, "role-admin", "add", Map.of()), WAIT);
        assertThat(modal.json().path("type").asInt()).isEqualTo(9);
        String form = modal.json().path("data").path("custom_id").asString();
        String figures = "salary: {min: 80000, max: 120000, currency: USD, period: year}\ndemand: 7.5\naiReplacementRisk: 40\n"
                + "learningCurveMonths: 3\ndifficulty: Beginner\nentryBarrier: Low\nremoteFriendly: true\nrequiresCoding: false";

        FakeDiscord.Reply added = discord.awaitReply(discord.modalSubmit(GUILD, ADA, form, Map.of("name", "Form Made Role",
                "about", "category: AI Engineering\ninterest: Engineering", "figures", figures,
                "skills", "Prompt engineering\nTaxonomy design", "sources", "- title: Our research\n  retrieved: 2026-11-30")), WAIT);

        assertThat(added.ephemeral()).isTrue();
        assertThat(added.message().toString()).contains("Added Form Made Role");
        Catalogs catalogs = app.getBean(Catalogs.class);
        assertThat(catalogs.of(Scope.community("DISCORD", Long.toString(GUILD))).bySlug("form-made-role"))
                .hasValueSatisfying(role -> assertThat(role.skills()).containsExactly("Prompt engineering", "Taxonomy design"));

        FakeDiscord.Call edit = discord.awaitCallback(discord.slash(GUILD, ADA, MANAGE_SERVER, "role-admin", "edit",
                Map.of("name", "form-made-role")), WAIT);
        assertThat(edit.json().path("type").asInt()).isEqualTo(9);
        assertThat(edit.json().toString()).contains("Taxonomy design").contains("demand: 7.5");
    }

    @Test
    void inADirectMessageTheCatalogIsGlobalAndOnlyOwnersMayEditIt() {
        FakeDiscord.Reply card = discord.awaitReply(discord.slash(null, ADA, null, "compare", null,
                Map.of("role_a", "compression", "role_b", "on-device")), WAIT);
        FakeDiscord.Reply refused = discord.awaitReply(discord.slash(null, ADA, null, "role-admin", "add", Map.of()), WAIT);

        assertThat(embed(card).path("title").asString()).isEqualTo("AI Model Compression Engineer vs AI On-Device AI Engineer");
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.message().path("content").asString()).contains("owners");
    }

    @Test
    void aSuggestionIsStoredAndItsThanksSeenOnlyByItsAuthor() {
        FakeDiscord.Reply thanks = discord.awaitReply(discord.slash(GUILD, BOB, MEMBER, "suggest", null,
                Map.of("text", "Please add AI Safety Engineer")), WAIT);

        assertThat(thanks.callbackType()).isEqualTo(5);
        assertThat(thanks.ephemeral()).isTrue();
        assertThat(app.getBean(dev.careeradvisor.admin.Suggestions.class).open(
                new dev.careeradvisor.admin.Editor("console", "local", "me", null, true), Scope.community("DISCORD", Long.toString(GUILD))).orElseThrow())
                .anySatisfy(suggestion -> assertThat(suggestion.text()).isEqualTo("Please add AI Safety Engineer"));
    }

    @Test
    void exportAnswersWithAYamlFile() {
        FakeDiscord.Reply exported = discord.awaitReply(discord.slash(GUILD, ADA, MANAGE_SERVER, "role-admin", "export",
                Map.of("name", "routing")), WAIT);

        assertThat(exported.files()).containsKey("roles.yaml");
        assertThat(new String(exported.files().get("roles.yaml"), StandardCharsets.UTF_8)).contains("slug: ai-model-routing-engineer");
    }

    @Test
    void theCommandsWereRegisteredGloballyOnceWithManageServerForTheAdminCommand() {
        assertThat(discord.calls("PUT", "/applications/")).hasSize(1);
        assertThat(discord.calls("PUT", "/applications/").get(0).path()).isEqualTo("/applications/" + FakeDiscord.APPLICATION_ID + "/commands");
        JsonNode commands = discord.commands(null);
        List<String> names = new ArrayList<>();
        commands.forEach(command -> names.add(command.path("name").asString()));
        assertThat(names).contains("compare", "role", "roles", "help", "suggest", "role-admin");
        commands.forEach(command -> {
            if (command.path("name").asString().equals("role-admin")) {
                assertThat(command.path("default_member_permissions").asString()).isEqualTo(MANAGE_SERVER);
            }
        });
    }

    @Test
    void aRateLimitedReplyIsWaitedOutAndLandsOnce() {
        discord.rateLimitNext("/interactions/", 1.0);
        long started = System.nanoTime();
        long id = discord.slash(GUILD, ADA, MEMBER, "role", null, Map.of("name", "multimodal"));

        FakeDiscord.Reply reply = discord.awaitReply(id, WAIT);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(embed(reply).path("title").asString()).contains("Multimodal");
        assertThat(discord.calls("POST", "/interactions/" + id + "/").stream().filter(c -> c.status() < 300)).hasSize(1);
    }

    @Test
    void afterTheGatewayDropsTheSessionIsResumedAndTheNextInteractionAnswered() {
        int before = discord.resumes();
        discord.closeGateway(4000);
        assertThat(discord.awaitResumes(before + 1, Duration.ofSeconds(20))).isTrue();

        long id = discord.slash(GUILD, ADA, MEMBER, "help", null, Map.of());

        assertThat(discord.awaitReply(id, WAIT).message().path("embeds").size()).isEqualTo(1);
    }
}
