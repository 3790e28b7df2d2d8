package dev.careeradvisor.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import dev.careeradvisor.CareerAdvisorApplication;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** The real TelegramBots client against a fake Bot API on loopback: what goes over the wire is what is checked. */
class TelegramEndToEndTest {

    static FakeBotApi api;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() throws Exception {
        api = new FakeBotApi();
        app = new SpringApplicationBuilder(CareerAdvisorApplication.class).web(WebApplicationType.NONE)
                .run("--TELEGRAM_BOT_TOKEN=" + FakeBotApi.TOKEN, "--telegram.api-url=" + api.url(),
                        "--telegram.poll-timeout=1s", "--spring.datasource.url=jdbc:h2:mem:telegram-e2e;DB_CLOSE_DELAY=-1");
        api.await("getUpdates", call -> true);
    }

    @AfterAll
    static void stop() {
        app.close();
        api.close();
    }

    static List<FakeBotApi.Call> sentTo(long chat) {
        return api.calls("sendMessage").stream().filter(c -> c.body().path("chat_id").asLong() == chat).toList();
    }

    /** The next message sent to the chat after the {@code seen} it had already. */
    static FakeBotApi.Call nextSentTo(long chat, int seen) throws InterruptedException {
        for (int i = 0; i < 500 && sentTo(chat).size() <= seen; i++) {
            Thread.sleep(20);
        }
        assertThat(sentTo(chat)).as("messages to " + chat).hasSizeGreaterThan(seen);
        return sentTo(chat).get(seen);
    }

    static String text(FakeBotApi.Call call) {
        return call.body().path("text").asString("");
    }

    @Test
    void aCompareInAPrivateChatIsOneHtmlMessageWithTheSeedFiguresAndAKeyboard() throws Exception {
        api.push(FakeBotApi.privateText(501, "/compare routing middleware"));
        FakeBotApi.Call sent = api.await("sendMessage", call -> call.body().path("chat_id").asLong() == 501);
        assertThat(sent.body().path("parse_mode").asString()).isEqualTo("HTML");
        assertThat(text(sent)).startsWith("<b>AI Model Routing Engineer vs AI Middleware Engineer</b>")
                .contains("Salary Range: $135,000-$210,000/yr · $120,000-$210,000/yr")
                .contains("Demand Score: 9.0/10 · 9.2/10")
                .contains("Entry Barrier: High · Medium");
        assertThat(text(sent).length()).isLessThanOrEqualTo(4096);
        JsonNode keyboard = sent.body().path("reply_markup").path("inline_keyboard");
        assertThat(keyboard.get(0).get(0).path("text").asString()).isEqualTo("Swap");
        keyboard.forEach(row -> row.forEach(button ->
                assertThat(button.path("callback_data").asString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64)));
    }

    @Test
    void plainTextInAPrivateChatCompares() throws Exception {
        api.push(FakeBotApi.privateText(502, "routing vs multimodal"));
        assertThat(text(api.await("sendMessage", call -> call.body().path("chat_id").asLong() == 502)))
                .startsWith("<b>AI Model Routing Engineer vs AI Multimodal Systems Engineer</b>");
    }

    @Test
    void inAGroupACommandForThisBotIsAnsweredAndOneForAnotherBotIsNot() throws Exception {
        api.push(FakeBotApi.groupText(-1001, 601, "/compare@OtherBot routing middleware"));
        api.push(FakeBotApi.groupText(-1001, 601, "/compare@" + FakeBotApi.USERNAME + " routing middleware"));
        api.await("sendMessage", call -> call.body().path("chat_id").asLong() == -1001);
        Thread.sleep(500);
        assertThat(api.calls("sendMessage").stream().filter(c -> c.body().path("chat_id").asLong() == -1001)).hasSize(1);
    }

    @Test
    void aSwapPressEditsTheCardInPlaceAndIsAnswered() throws Exception {
        api.push(FakeBotApi.privateText(503, "/compare routing middleware"));
        FakeBotApi.Call card = api.await("sendMessage", call -> call.body().path("chat_id").asLong() == 503);
        JsonNode keyboard = card.body().path("reply_markup");
        String swap = keyboard.path("inline_keyboard").get(0).get(0).path("callback_data").asString();
        api.push(FakeBotApi.press(503, 503, 777, swap, keyboard.toString()));
        FakeBotApi.Call edited = api.await("editMessageText", call -> call.body().path("chat_id").asLong() == 503);
        assertThat(edited.body().path("message_id").asInt()).isEqualTo(777);
        assertThat(text(edited)).startsWith("<b>AI Middleware Engineer vs AI Model Routing Engineer</b>");
        api.await("answerCallbackQuery", call -> true);
    }

    @Test
    void compareWithOpensThePageOfRolesWhoseBackAndOptionsWork() throws Exception {
        api.push(FakeBotApi.privateText(507, "/compare routing middleware"));
        JsonNode keyboard = api.await("sendMessage", call -> call.body().path("chat_id").asLong() == 507).body().path("reply_markup");
        JsonNode compareWith = keyboard.path("inline_keyboard").get(1).get(0);
        assertThat(compareWith.path("text").asString()).startsWith("Compare AI Model Routing Engineer with").endsWith("▸");

        api.push(FakeBotApi.press(507, 507, 901, compareWith.path("callback_data").asString(), keyboard.toString()));
        JsonNode page = api.await("editMessageReplyMarkup", call -> call.body().path("message_id").asInt() == 901).body().path("reply_markup");
        List<String> labels = new java.util.ArrayList<>();
        page.path("inline_keyboard").forEach(row -> row.forEach(button -> labels.add(button.path("text").asString())));
        assertThat(labels).contains("AI Multimodal Systems Engineer", "« Back").doesNotContain("Swap");

        JsonNode multimodal = null;
        JsonNode back = null;
        for (JsonNode row : page.path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asString().equals("AI Multimodal Systems Engineer")) {
                    multimodal = button;
                } else if (button.path("text").asString().equals("« Back")) {
                    back = button;
                }
            }
        }
        api.push(FakeBotApi.press(507, 507, 902, back.path("callback_data").asString(), page.toString()));
        JsonNode restored = api.await("editMessageReplyMarkup", call -> call.body().path("message_id").asInt() == 902).body().path("reply_markup");
        assertThat(restored).isEqualTo(keyboard);

        api.push(FakeBotApi.press(507, 507, 903, multimodal.path("callback_data").asString(), page.toString()));
        assertThat(text(api.await("editMessageText", call -> call.body().path("message_id").asInt() == 903)))
                .startsWith("<b>AI Model Routing Engineer vs AI Multimodal Systems Engineer</b>");
    }

    @Test
    void someoneElsesPressInAGroupGetsANoticeAndChangesNothing() throws Exception {
        api.push(FakeBotApi.groupText(-1002, 701, "/compare@" + FakeBotApi.USERNAME + " routing middleware"));
        FakeBotApi.Call card = api.await("sendMessage", call -> call.body().path("chat_id").asLong() == -1002);
        JsonNode keyboard = card.body().path("reply_markup");
        String swap = keyboard.path("inline_keyboard").get(0).get(0).path("callback_data").asString();
        api.push(FakeBotApi.press(-1002, 702, 888, swap, keyboard.toString()));
        FakeBotApi.Call answer = api.await("answerCallbackQuery", call -> text(call).contains("someone else"));
        assertThat(answer).isNotNull();
        assertThat(api.calls("editMessageText").stream().filter(c -> c.body().path("message_id").asInt() == 888)).isEmpty();
    }

    @Test
    void theSameUpdateDeliveredTwiceIsAnsweredOnce() throws Exception {
        int before = api.calls("sendMessage").size();
        api.push(FakeBotApi.privateText(504, "/role multimodal"));
        api.await("sendMessage", call -> call.body().path("chat_id").asLong() == 504);
        // The same update id comes again, as after a restart between fetch and reply.
        api.redeliverLast();
        Thread.sleep(1500);
        assertThat(api.calls("sendMessage").stream().filter(c -> c.body().path("chat_id").asLong() == 504)).hasSize(1);
        assertThat(api.calls("sendMessage").size()).isGreaterThan(before);
    }

    @Test
    void aTooManyRequestsAnswerIsWaitedOutAndTheReplyArrivesOnce() throws Exception {
        api.tooManyRequests.put("sendMessage", new java.util.concurrent.atomic.AtomicInteger(1));
        api.push(FakeBotApi.privateText(505, "/help"));
        List<FakeBotApi.Call> attempts = awaitCount(505, 2);
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        Thread.sleep(300);
        assertThat(api.calls("sendMessage").stream().filter(c -> c.body().path("chat_id").asLong() == 505)).hasSize(2);
    }

    @Test
    void anAdministratorAddsARoleOneQuestionAtATimeAnsweringWithReplies() throws Exception {
        long group = -1009;
        long admin = 902;
        api.memberStatus.put(admin, "administrator");
        api.push(FakeBotApi.groupText(group, admin, "/role_admin@" + FakeBotApi.USERNAME + " add"));
        FakeBotApi.Call first = api.await("sendMessage", call -> call.body().path("chat_id").asLong() == group);
        assertThat(text(first)).contains("question 1 of 13").contains("What is the role called?");
        assertThat(first.body().path("reply_markup").path("force_reply").asBoolean()).isTrue();
        assertThat(first.body().path("reply_markup").path("selective").asBoolean()).isTrue();

        List<String> answers = List.of("Dialogue Made Role", "AI Engineering", "-", "90000-150000 USD", "eleven", "7.5", "40", "4",
                "intermediate", "Low", "yes", "no", "Prompt engineering\nEvaluation design", "Our own survey | https://example.org/survey");
        FakeBotApi.Call done = first;
        for (String answer : answers) {
            int seen = sentTo(group).size();
            api.push(FakeBotApi.groupReply(group, admin, answer));
            done = nextSentTo(group, seen);
            if (answer.equals("eleven")) {
                assertThat(text(done)).contains("demand").contains("question 5 of 13");
            }
        }
        assertThat(text(done)).contains("Added Dialogue Made Role");
        assertThat(app.getBean(Catalogs.class).of(Scope.parse("telegram:" + group)).bySlug("dialogue-made-role"))
                .hasValueSatisfying(role -> {
                    assertThat(role.skills()).containsExactly("Prompt engineering", "Evaluation design");
                    assertThat(role.demand()).isEqualTo(7.5);
                    assertThat(role.interest()).isEqualTo("AI Engineering");
                });
    }

    @Test
    void aRepliedMessageOfSomeoneNotInADialogueIsLeftAlone() throws Exception {
        api.push(FakeBotApi.groupReply(-1010, 903, "nice card"));
        api.push(FakeBotApi.groupText(-1010, 903, "/help@" + FakeBotApi.USERNAME));
        assertThat(text(nextSentTo(-1010, 0))).doesNotContain("No role");
        Thread.sleep(300);
        assertThat(sentTo(-1010)).hasSize(1);
    }

    @Test
    void roleAdminFromANonAdministratorIsRefusedAndFromAnAdministratorLandsInThatChatOnly() throws Exception {
        String yaml = "/role_admin add " + dev.careeradvisor.TestRoles.yaml("Bot Wrangler", "[Wrangling bots]");
        api.memberStatus.put(802L, "administrator");
        api.push(FakeBotApi.groupText(-1003, 801, yaml));
        FakeBotApi.Call refused = api.await("sendMessage", call -> call.body().path("chat_id").asLong() == -1003);
        assertThat(text(refused)).contains("Only this community").contains("moderators");
        Catalogs catalogs = app.getBean(Catalogs.class);
        assertThat(catalogs.of(Scope.parse("telegram:-1003")).bySlug("bot-wrangler")).isEmpty();

        api.push(FakeBotApi.groupText(-1003, 802, yaml));
        FakeBotApi.Call added = api.await("sendMessage", call -> call.body().path("chat_id").asLong() == -1003 && text(call).contains("Added"));
        assertThat(text(added)).contains("Bot Wrangler");
        assertThat(catalogs.of(Scope.parse("telegram:-1003")).bySlug("bot-wrangler")).isPresent();
        assertThat(catalogs.of(Scope.parse("telegram:-1004")).bySlug("bot-wrangler")).isEmpty();
    }

    @Test
    void afterTheApiFailedForAWhileTheBotAnswersTheNextUpdate() throws Exception {
        api.failAll = 3;
        while (api.failAll > 0) {
            Thread.sleep(50);
        }
        api.push(FakeBotApi.privateText(506, "/role compression"));
        assertThat(text(api.await("sendMessage", call -> call.body().path("chat_id").asLong() == 506)))
                .startsWith("<b>AI Model Compression Engineer</b>");
    }

    @Test
    void anInlineQueryOffersTheComparisonAndTheMatchingRolesAsValidArticles() throws Exception {
        api.push("{\"inline_query\":{\"id\":\"iq1\",\"from\":{\"id\":510,\"is_bot\":false,\"first_name\":\"In\"},"
                + "\"query\":\"routing vs middleware\",\"offset\":\"\"}}");
        FakeBotApi.Call answer = api.await("answerInlineQuery", call -> call.body().path("inline_query_id").asString().equals("iq1"));
        JsonNode results = answer.body().path("results");
        assertThat(results.size()).isBetween(1, 50);
        assertThat(results.get(0).path("title").asString()).isEqualTo("AI Model Routing Engineer vs AI Middleware Engineer");
        results.forEach(result -> TelegramHtmlTest.assertValidTelegramHtml(result.path("input_message_content").path("message_text").asString()));

        api.push("{\"inline_query\":{\"id\":\"iq2\",\"from\":{\"id\":510,\"is_bot\":false,\"first_name\":\"In\"},"
                + "\"query\":\"ai m\",\"offset\":\"\"}}");
        JsonNode roles = api.await("answerInlineQuery", call -> call.body().path("inline_query_id").asString().equals("iq2")).body().path("results");
        assertThat(roles.size()).isEqualTo(5);
    }

    @Test
    void aGroupThatBecomesASupergroupKeepsItsRoles() throws Exception {
        String role = dev.careeradvisor.TestRoles.yaml("Migrating Role", "[Moving house]");
        app.getBean(dev.careeradvisor.admin.AdminService.class).add(new dev.careeradvisor.admin.Editor("console", "local", "me", null, true),
                Scope.parse("telegram:-55"), role);
        api.push("{\"message\":{\"message_id\":2,\"date\":1764583200,\"chat\":{\"id\":-55,\"type\":\"group\"},"
                + "\"from\":{\"id\":9,\"is_bot\":false,\"first_name\":\"G\"},\"migrate_to_chat_id\":-100555}}");
        Catalogs catalogs = app.getBean(Catalogs.class);
        for (int i = 0; i < 100 && catalogs.of(Scope.parse("telegram:-100555")).bySlug("migrating-role").isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(catalogs.of(Scope.parse("telegram:-100555")).bySlug("migrating-role")).isPresent();
        assertThat(catalogs.of(Scope.parse("telegram:-55")).bySlug("migrating-role")).isEmpty();
    }

    @Test
    void anAdministratorImportsRolesFromAnAttachedFileAndExportsThemAsOne() throws Exception {
        api.memberStatus.put(852L, "administrator");
        String roles = dev.careeradvisor.TestRoles.yaml("File Role One", "[Filing]") + "---\n"
                + dev.careeradvisor.TestRoles.yaml("File Role Two", "[Filing twice]");
        api.push(api.groupDocument(-1005, 852, "/role_admin import", roles));
        FakeBotApi.Call imported = api.await("sendMessage", call -> call.body().path("chat_id").asLong() == -1005);
        assertThat(text(imported)).contains("Imported 2 role(s) into telegram:-1005.");
        assertThat(app.getBean(Catalogs.class).of(Scope.parse("telegram:-1005")).bySlug("file-role-two")).isPresent();

        api.push(FakeBotApi.groupText(-1005, 852, "/role_admin export --all"));
        FakeBotApi.Call exported = api.await("sendDocument", call -> call.body().toString().contains("File Role Two"));
        assertThat(exported.body().toString()).contains("name: File Role One").contains("roles.yaml");
    }

    @Test
    void whoSuggestedIsToldInTheirPrivateChatWhenItIsHandled() throws Exception {
        api.memberStatus.put(872L, "administrator");
        api.push(FakeBotApi.groupText(-1006, 871, "/suggest Please add Prompt Gardener"));
        assertThat(text(api.await("sendMessage", call -> call.body().path("chat_id").asLong() == -1006))).contains("Thanks!");
        api.push(FakeBotApi.groupText(-1006, 872, "/role_admin suggestions"));
        FakeBotApi.Call list = api.await("sendMessage", call -> call.body().path("chat_id").asLong() == -1006 && text(call).contains("Prompt Gardener"));
        JsonNode keyboard = list.body().path("reply_markup");
        String accept = keyboard.path("inline_keyboard").get(0).get(0).path("callback_data").asString();
        api.push(FakeBotApi.press(-1006, 872, 999, accept, keyboard.toString()));
        FakeBotApi.Call notice = api.await("sendMessage", call -> call.body().path("chat_id").asLong() == 871);
        assertThat(text(notice)).contains("Please add Prompt Gardener").contains("accepted");
    }

    @Test
    void commandsArePublishedOnceWithTheAdminCommandForAdministrators() {
        List<FakeBotApi.Call> published = api.calls("setMyCommands");
        assertThat(published).hasSize(2);
        assertThat(published.get(1).body().path("scope").path("type").asString()).isEqualTo("all_chat_administrators");
        assertThat(published.get(1).body().toString()).contains("role_admin");
    }

    static List<FakeBotApi.Call> awaitCount(long chatId, int count) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<FakeBotApi.Call> calls = api.calls("sendMessage").stream().filter(c -> c.body().path("chat_id").asLong() == chatId).toList();
            if (calls.size() >= count) {
                return calls;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " sendMessage calls to " + chatId);
    }
}
