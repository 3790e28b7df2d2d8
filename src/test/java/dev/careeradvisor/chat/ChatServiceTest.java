package dev.careeradvisor.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.careeradvisor.catalog.BundledRoles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command layer from requests alone, as every platform will call it. */
class ChatServiceTest {

    final ChatService chat = ChatServices.over(BundledRoles.catalog());
    final Actor someone = new Actor(Platform.DISCORD, "42", "Sam", "guild-1", false);

    Reply say(String text) {
        return chat.handle(ChatRequest.text(someone, text));
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource(delimiter = '|', textBlock = """
            000 | ai-model-routing-engineer     | ai-on-device-ai-engineer        | $130,000-$220,000/yr | AI Model Routing Engineer vs AI On-Device AI Engineer
            001 | ai-model-compression-engineer | ai-model-routing-engineer       | $135,000-$210,000/yr | AI Model Compression Engineer vs AI Model Routing Engineer
            002 | ai-model-routing-engineer     | ai-multimodal-systems-engineer  | $130,000-$200,000/yr | AI Model Routing Engineer vs AI Multimodal Systems Engineer
            003 | ai-model-routing-engineer     | ai-multi-agent-systems-engineer | $120,000-$280,000/yr | AI Model Routing Engineer vs AI Multi-Agent Systems Engineer
            004 | ai-middleware-engineer        | ai-model-routing-engineer       | $135,000-$210,000/yr | AI Middleware Engineer vs AI Model Routing Engineer
            """)
    void compareGivesTheComparisonCard(String seed, String a, String b, String salaryB, String seedTitle) {
        Reply reply = chat.handle(ChatRequest.command(someone, "compare", List.of(a, b)));
        assertThat(reply.isError()).isFalse();
        Card card = reply.cards().get(0);
        String nameA = BundledRoles.bySlug(a).name();
        String nameB = BundledRoles.bySlug(b).name();
        assertThat(card.title()).isEqualTo(nameA + " vs " + nameB);
        assertThat(card.fields()).extracting(Card.Field::name).startsWith("At a glance", nameA, nameB)
                .contains("Moving between them", "Choose " + nameA + " if you…", "Choose " + nameB + " if you…", "Verdict");
        assertThat(card.fields().subList(0, 3)).allMatch(Card.Field::inline);
        assertThat(card.fields().get(2).value().lines().toList()).contains(salaryB, "✅ Yes");
        assertThat(card.fields()).filteredOn(f -> f.name().equals("Verdict")).singleElement()
                .satisfies(f -> assertThat(f.value()).contains("Salary ceiling: ", "Entry barrier: ", "Market demand: ", "AI replacement risk: "));
        assertThat(card.footer()).startsWith("Sources: ").contains(seedTitle + " (2026-11-22)");
        assertThat(card.actions()).hasSize(3);
        assertThat(card.actions().get(0)).isEqualTo(new Action.Button("Swap", CommandCall.of("compare", b, a)));
        assertThat(card.actions().get(1)).isEqualTo(new Action.Button("Skills", CommandCall.of("skills", a, b)));
        assertThat(card.actions().get(2)).isInstanceOfSatisfying(Action.Choice.class, choice -> {
            assertThat(choice.label()).isEqualTo("Compare " + nameA + " with…");
            assertThat(choice.options()).hasSize(4).allSatisfy(option -> {
                assertThat(option.call().command()).isEqualTo("compare");
                assertThat(option.call().arguments()).first().isEqualTo(a);
                assertThat(option.call().arguments()).doesNotContain(b);
            });
        });
    }

    @Test
    void plainTextWithTwoNamesCompares() {
        Reply reply = say("routing vs middleware");
        assertThat(reply.cards()).singleElement().extracting(Card::title).isEqualTo("AI Model Routing Engineer vs AI Middleware Engineer");
        assertThat(say("/compare routing middleware").cards().get(0).title()).isEqualTo(reply.cards().get(0).title());
        assertThat(say("/compare \"AI Model Routing Engineer\" \"AI Middleware Engineer\"").cards().get(0).title())
                .isEqualTo(reply.cards().get(0).title());
    }

    @Test
    void plainTextWithOneNameShowsTheRole() {
        assertThat(say("model routing engineer").cards()).singleElement().extracting(Card::title).isEqualTo("AI Model Routing Engineer");
        assertThat(say("/role multimodal").cards()).singleElement().satisfies(card -> {
            assertThat(card.title()).isEqualTo("AI Multimodal Systems Engineer");
            assertThat(card.fields()).extracting(Card.Field::name).contains("Skills (8)");
            assertThat(card.footer()).isEqualTo("Sources: AI Model Routing Engineer vs AI Multimodal Systems Engineer (2026-11-22)");
            assertThat(card.actions()).first().isInstanceOfSatisfying(Action.Choice.class,
                    choice -> assertThat(choice.options()).hasSize(5));
        });
    }

    @Test
    void anUnknownNameOffersTheClosestNamesAsActions() {
        Reply reply = say("/compare routing vs midlewhere engineering lead");
        assertThat(reply.problem()).isEqualTo(Reply.Problem.UNRESOLVED);
        assertThat(reply.error()).isEqualTo("No role matches \"midlewhere engineering lead\". Did you mean one of these?");
        assertThat(reply.suggestions()).isNotEmpty().hasSizeLessThanOrEqualTo(5).allSatisfy(action ->
                assertThat(action).isInstanceOfSatisfying(Action.Button.class, button -> {
                    assertThat(button.call().command()).isEqualTo("compare");
                    assertThat(button.call().arguments()).singleElement().asString().startsWith("routing vs ai-");
                }));
        assertThat(reply.suggestions()).extracting(Action::label).contains("AI Middleware Engineer")
                .doesNotContain("AI Model Routing Engineer");
        Action.Button first = (Action.Button) reply.suggestions().get(0);
        assertThat(chat.handle(ChatRequest.call(someone, first.call())).isError()).isFalse();
    }

    @Test
    void anAmbiguousNameAsksWhichOne() {
        Reply reply = say("/role model");
        assertThat(reply.error()).isEqualTo("\"model\" fits several roles. Which one do you mean?");
        assertThat(reply.suggestions()).extracting(action -> ((Action.Button) action).call())
                .containsExactlyInAnyOrder(CommandCall.of("role", "ai-model-routing-engineer"),
                        CommandCall.of("role", "ai-model-compression-engineer"));
    }

    @Test
    void comparingARoleWithItselfIsAClearError() {
        Reply reply = say("/compare routing vs AI Model Routing Engineer");
        assertThat(reply.problem()).isEqualTo(Reply.Problem.USAGE);
        assertThat(reply.error()).isEqualTo("Both names mean AI Model Routing Engineer; name two different roles to compare.");
        assertThat(reply.cards()).isEmpty();
    }

    @Test
    void oneNameOrNoneStartsAGuidedPick() {
        Card second = say("/compare routing").cards().get(0);
        assertThat(second.title()).isEqualTo("Compare AI Model Routing Engineer with…");
        assertThat(second.actions()).hasSize(5).allSatisfy(action -> assertThat(((Action.Button) action).call().arguments())
                .first().isEqualTo("ai-model-routing-engineer"));
        Card first = say("/compare").cards().get(0);
        assertThat(first.title()).isEqualTo("Which roles shall I compare? Pick the first.");
        Action.Button pick = (Action.Button) first.actions().get(0);
        assertThat(chat.handle(ChatRequest.call(someone, pick.call())).cards().get(0).title()).startsWith("Compare ");
        assertThat(say("/compare plumber").problem()).isEqualTo(Reply.Problem.UNRESOLVED);
    }

    @Test
    void theCatalogIsPagedWithNextAndPrevious() {
        ChatService paged = ChatServices.over(BundledRoles.catalog(), new ChatProperties(20, 120, 4));
        Card first = paged.handle(ChatRequest.text(someone, "/roles")).cards().get(0);
        assertThat(first.title()).isEqualTo("Roles (6)");
        assertThat(first.fields().get(0).name()).isEqualTo("Page 1 of 2");
        assertThat(first.fields().get(0).value().lines()).hasSize(4)
                .first().asString().startsWith("AI Middleware Engineer — AI Engineering, $120,000-$210,000/yr, demand 9.2/10");
        assertThat(first.actions()).extracting(Action::label).containsExactly("Next", "Open a role…");
        Action.Button next = (Action.Button) first.actions().get(0);
        Card second = paged.handle(ChatRequest.call(someone, next.call())).cards().get(0);
        assertThat(second.fields().get(0).name()).isEqualTo("Page 2 of 2");
        assertThat(second.fields().get(0).value().lines()).hasSize(2);
        assertThat(second.actions()).extracting(Action::label).containsExactly("Previous", "Open a role…");
        assertThat(paged.handle(ChatRequest.text(someone, "/roles ai engineering")).cards().get(0).title())
                .isEqualTo("Roles in AI Engineering (6)");
        assertThat(paged.handle(ChatRequest.text(someone, "/roles Plumbing")).cards().get(0).fields().get(0).value())
                .startsWith("No roles here yet");
    }

    @Test
    void helpListsTheCommands() {
        Card help = say("/help").cards().get(0);
        assertThat(help.fields()).extracting(Card.Field::name).containsExactly("/compare A B", "/role NAME", "/roles [category]", "/help");
    }

    @Test
    void anUnknownCommandPointsToHelp() {
        Reply reply = say("/frobnicate");
        assertThat(reply.error()).isEqualTo("I don't know /frobnicate. Type /help to see what I can do.");
        assertThat(reply.suggestions()).containsExactly(new Action.Button("Help", CommandCall.of("help")));
    }

    @Test
    void aPersonOverTheLimitIsAskedToSlowDown() {
        ChatService limited = ChatServices.over(BundledRoles.catalog(), new ChatProperties(3, 100, 10));
        for (int i = 0; i < 3; i++) {
            assertThat(limited.handle(ChatRequest.text(someone, "/help")).isError()).isFalse();
        }
        Reply reply = limited.handle(ChatRequest.text(someone, "/help"));
        assertThat(reply.problem()).isEqualTo(Reply.Problem.RATE_LIMITED);
        assertThat(reply.error()).matches("Slow down: you are sending commands faster than I answer them\\. Try again in \\d+ s\\.");
        Actor other = new Actor(Platform.DISCORD, "43", "Kim", "guild-1", false);
        assertThat(limited.handle(ChatRequest.text(other, "/help")).isError()).isFalse();
        for (int i = 0; i < 10; i++) {
            assertThat(limited.handle(ChatRequest.text(Actor.console(), "/help")).isError()).isFalse();
        }
    }

    @Test
    void aCommunityOverItsLimitIsAskedToSlowDown() {
        ChatService limited = ChatServices.over(BundledRoles.catalog(), new ChatProperties(100, 2, 10));
        for (int i = 0; i < 2; i++) {
            Actor member = new Actor(Platform.TELEGRAM, "m" + i, "Member", "-100", false);
            assertThat(limited.handle(ChatRequest.text(member, "/help")).isError()).isFalse();
        }
        Actor third = new Actor(Platform.TELEGRAM, "m3", "Member", "-100", false);
        assertThat(limited.handle(ChatRequest.text(third, "/help")).problem()).isEqualTo(Reply.Problem.RATE_LIMITED);
        Actor elsewhere = new Actor(Platform.TELEGRAM, "m3", "Member", "-200", false);
        assertThat(limited.handle(ChatRequest.text(elsewhere, "/help")).isError()).isFalse();
    }

    @Test
    void theSkillsButtonOpensTheFullBreakdown() {
        Card skills = chat.handle(ChatRequest.call(someone, CommandCall.of("skills", "ai-model-routing-engineer", "ai-multi-agent-systems-engineer")))
                .cards().get(0);
        assertThat(skills.title()).isEqualTo("Skills: AI Model Routing Engineer vs AI Multi-Agent Systems Engineer");
        assertThat(skills.fields()).anySatisfy(f -> assertThat(f.value()).contains("LLM prompt engineering and chain-of-thought reasoning"));
    }

    @Test
    void aCommandThatBreaksIsAnsweredPolitely() {
        ChatCommand broken = new ChatCommand() {
            public String name() {
                return "broken";
            }

            public Reply handle(Actor actor, List<String> arguments) {
                throw new IllegalStateException("boom");
            }
        };
        ChatService service = new ChatService(new CommandRegistry(List.of(broken)),
                new dev.careeradvisor.catalog.Catalogs(BundledRoles.all(), scope -> List.of(), java.time.Duration.ofMinutes(1)),
                new ChatRateLimiter(10, 10), dev.careeradvisor.Messages.accessor(), null, null, ChatMetrics.inMemory());
        Reply reply = service.handle(ChatRequest.text(someone, "/broken"));
        assertThat(reply.problem()).isEqualTo(Reply.Problem.FAILED);
        assertThat(reply.error()).doesNotContain("boom").contains("Something went wrong on my side");
    }

    @Test
    void twoCommandsWithOneNameStopStartUp() {
        ChatCommand help = new HelpCommand(dev.careeradvisor.Messages.accessor(), java.util.Set.of());
        assertThatThrownBy(() -> new CommandRegistry(List.of(help, new HelpCommand(dev.careeradvisor.Messages.accessor(), java.util.Set.of()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Two commands are named \"help\"");
    }

    @Test
    void completesRoleNamesFromAnyWord() {
        assertThat(chat.completeRoleNames(someone, "rout", 25)).extracting(ChatService.RoleName::slug)
                .containsExactly("ai-model-routing-engineer");
        assertThat(chat.completeRoleNames(someone, "ai m", 25)).hasSize(5);
        assertThat(chat.completeRoleNames(someone, "", 3)).hasSize(3);
    }
}
