package dev.careeradvisor.discord;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.careeradvisor.discord.FakeDiscord.Call;
import dev.careeradvisor.discord.FakeDiscord.Reply;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real JDA 6 logs in to {@link FakeDiscord}, receives its interactions, and its answers land where the fake reads them. */
class FakeDiscordTest {

    static final long GUILD = 900_000_000_000_000_001L;
    static final long USER = 800_000_000_000_000_001L;
    static final Duration WAIT = Duration.ofSeconds(5);

    FakeDiscord fake;
    FakeGatewayController controller;
    ShardManager shards;
    final Bot bot = new Bot();

    /**
     * Sends JDA to the fake's gateway. With {@code checkToken}, it asks GET /gateway/bot first, as SessionControllerAdapter
     * does, so that a refused token fails the build with InvalidTokenException; without, it names the gateway itself.
     */
    static final class FakeGatewayController extends SessionControllerAdapter {
        private final String url;
        private final boolean checkToken;

        FakeGatewayController(String url, boolean checkToken) {
            this.url = url;
            this.checkToken = checkToken;
        }

        @Override
        public String getGateway() {
            return url;
        }

        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            if (!checkToken) {
                return new ShardedGateway(url, 1, 1);
            }
            ShardedGateway asked = super.getShardedGateway(api);
            return new ShardedGateway(url, asked.getShardTotal(), asked.getConcurrency());
        }
    }

    /** Runs the handler each test sets, and keeps every interaction event for the test thread to look at. */
    static final class Bot extends ListenerAdapter {
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        volatile Consumer<SlashCommandInteractionEvent> onSlash = event -> { };
        volatile Consumer<ButtonInteractionEvent> onButton = event -> { };
        volatile Consumer<StringSelectInteractionEvent> onSelect = event -> { };
        volatile Consumer<CommandAutoCompleteInteractionEvent> onAutocomplete = event -> { };
        volatile Consumer<ModalInteractionEvent> onModal = event -> { };

        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            events.add(event);
            onSlash.accept(event);
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent event) {
            events.add(event);
            onButton.accept(event);
        }

        @Override
        public void onStringSelectInteraction(StringSelectInteractionEvent event) {
            events.add(event);
            onSelect.accept(event);
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            events.add(event);
            onAutocomplete.accept(event);
        }

        @Override
        public void onModalInteraction(ModalInteractionEvent event) {
            events.add(event);
            onModal.accept(event);
        }

        <T> T next(Class<T> type) throws InterruptedException {
            Object event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(event).as("the next interaction event").isInstanceOf(type);
            return type.cast(event);
        }
    }

    @BeforeEach
    void startFake() {
        fake = FakeDiscord.start().guild(GUILD, "Career Club");
        controller = new FakeGatewayController(fake.gatewayUrl(), false);
    }

    @AfterEach
    void stop() {
        if (shards != null) {
            shards.getShards().forEach(JDA::shutdownNow);
            shards.shutdown();
        }
        fake.close();
    }

    ShardManager build() {
        shards = DefaultShardManagerBuilder.createLight("fake-token", EnumSet.noneOf(GatewayIntent.class))
                .setShardsTotal(1).setShards(0, 0)
                .setRestConfig(new RestConfig().setBaseUrl(fake.apiUrl()))
                .setSessionController(controller)
                .setUseShutdownNow(true)
                .addEventListeners(bot)
                .build();
        return shards;
    }

    JDA login() throws InterruptedException {
        return build().getShardById(0).awaitReady();
    }

    static Map<String, Object> options(Object... nameValues) {
        Map<String, Object> options = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            options.put((String) nameValues[i], nameValues[i + 1]);
        }
        return options;
    }

    @Test
    void logsInAndCachesTheGuild() throws Exception {
        JDA jda = login();

        assertThat(fake.awaitReady(WAIT)).isTrue();
        Guild guild = jda.getGuildById(GUILD);
        assertThat(guild).isNotNull();
        assertThat(guild.getName()).isEqualTo("Career Club");
        assertThat(guild.getTextChannelById(fake.channelOf(GUILD))).isNotNull();
        assertThat(guild.getSelfMember().getIdLong()).isEqualTo(FakeDiscord.BOT_ID);
        assertThat(jda.getSelfUser().getName()).isEqualTo("career-advisor");
        assertThat(jda.getSelfUser().getApplicationIdLong()).isEqualTo(FakeDiscord.APPLICATION_ID);
        assertThat(fake.identifies()).isEqualTo(1);
        assertThat(fake.identifyPayloads().get(0).path("shard").toString()).isEqualTo("[0,1]");
        assertThat(fake.identifyPayloads().get(0).path("token").asString()).isEqualTo("fake-token");
        assertThat(fake.calls("GET", "/users/@me")).hasSize(1);
        assertThat(fake.calls("GET", "/gateway")).singleElement()
                .satisfies(call -> assertThat(call.query()).contains("v=10", "encoding=json", "compress=zlib-stream"));
    }

    @Test
    void slashReplyThenButtonEdit() throws Exception {
        login();
        bot.onSlash = event -> event.replyEmbeds(new EmbedBuilder().setTitle("Nurse vs Teacher").build())
                .addComponents(ActionRow.of(Button.primary("x", "Swap"))).queue();

        long slash = fake.slash(GUILD, USER, "8", "compare", null, options("from", "nurse", "years", 3L, "remote", true));

        SlashCommandInteractionEvent event = bot.next(SlashCommandInteractionEvent.class);
        assertThat(event.getGuild().getIdLong()).isEqualTo(GUILD);
        assertThat(event.getChannel().getIdLong()).isEqualTo(fake.channelOf(GUILD));
        assertThat(event.getMember().getIdLong()).isEqualTo(USER);
        assertThat(event.getMember().hasPermission(Permission.ADMINISTRATOR)).isTrue();
        assertThat(event.getName()).isEqualTo("compare");
        assertThat(event.getOption("from").getAsString()).isEqualTo("nurse");
        assertThat(event.getOption("years").getAsLong()).isEqualTo(3L);
        assertThat(event.getOption("remote").getAsBoolean()).isTrue();
        assertThat(fake.awaitCallback(slash, WAIT).query()).isEqualTo("with_response=true");
        Reply reply = fake.awaitReply(slash, WAIT);
        assertThat(reply.callbackType()).isEqualTo(4);
        assertThat(reply.ephemeral()).isFalse();
        assertThat(reply.message().at("/embeds/0/title").asString()).isEqualTo("Nurse vs Teacher");
        assertThat(reply.message().at("/components/0/components/0/custom_id").asString()).isEqualTo("x");

        bot.onButton = press -> press.editMessageEmbeds(new EmbedBuilder().setTitle("Teacher vs Nurse").build()).queue();
        long press = fake.button(GUILD, USER, "x", fake.messageOf(slash));

        ButtonInteractionEvent pressed = bot.next(ButtonInteractionEvent.class);
        assertThat(pressed.getMessage().getIdLong()).isEqualTo(fake.messageOf(slash));
        assertThat(pressed.getMessage().getAuthor().getIdLong()).isEqualTo(FakeDiscord.BOT_ID);
        assertThat(pressed.getMessage().getEmbeds().get(0).getTitle()).isEqualTo("Nurse vs Teacher");
        assertThat(pressed.getButton().getLabel()).isEqualTo("Swap");
        assertThat(pressed.getMember().hasPermission(Permission.ADMINISTRATOR)).isTrue();
        Reply edit = fake.awaitReply(press, WAIT);
        assertThat(edit.callbackType()).isEqualTo(7);
        assertThat(edit.messageId()).isEqualTo(fake.messageOf(slash));
        assertThat(fake.message(edit.messageId()).at("/embeds/0/title").asString()).isEqualTo("Teacher vs Nurse");
    }

    @Test
    void selectInADirectMessage() throws Exception {
        login();
        bot.onSlash = event -> event.reply("Pick one")
                .addComponents(ActionRow.of(StringSelectMenu.create("pick").addOption("Nurse", "nurse").addOption("Teacher", "teacher")
                        .build())).queue();
        long slash = fake.slash(null, USER, null, "compare", null, Map.of());
        SlashCommandInteractionEvent event = bot.next(SlashCommandInteractionEvent.class);
        assertThat(event.getGuild()).isNull();
        assertThat(event.getChannelType()).isEqualTo(ChannelType.PRIVATE);
        assertThat(event.getUser().getIdLong()).isEqualTo(USER);

        bot.onSelect = select -> select.editMessage("You picked " + select.getValues()).setComponents().queue();
        long select = fake.select(null, USER, "pick", List.of("teacher"), fake.messageOf(slash));

        assertThat(bot.next(StringSelectInteractionEvent.class).getValues()).containsExactly("teacher");
        Reply edit = fake.awaitReply(select, WAIT);
        assertThat(edit.callbackType()).isEqualTo(7);
        assertThat(edit.message().path("content").asString()).isEqualTo("You picked [teacher]");
    }

    @Test
    void deferredReplyThenEditOriginal() throws Exception {
        login();
        bot.onSlash = event -> {
            event.deferReply(true).queue();
            event.getHook().editOriginal("x").queue();
        };

        long slash = fake.slash(GUILD, USER, null, "compare", "careers", options("from", "nurse"));

        SlashCommandInteractionEvent event = bot.next(SlashCommandInteractionEvent.class);
        assertThat(event.getSubcommandName()).isEqualTo("careers");
        assertThat(event.getOption("from").getAsString()).isEqualTo("nurse");
        assertThat(event.getMember().hasPermission(Permission.ADMINISTRATOR)).isFalse();
        assertThat(fake.awaitCallback(slash, WAIT).json().path("type").asInt()).isEqualTo(5);
        Reply reply = fake.awaitReply(slash, WAIT);
        assertThat(reply.callbackType()).isEqualTo(5);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.message().path("content").asString()).isEqualTo("x");
        assertThat(fake.calls("PATCH", "/webhooks/" + FakeDiscord.APPLICATION_ID + "/tok-" + slash + "/messages/@original")).hasSize(1);
    }

    @Test
    void autocompleteChoices() throws Exception {
        login();
        bot.onAutocomplete = event -> event.replyChoices(new Command.Choice("Nurse", "nurse")).queue();

        long id = fake.autocomplete(GUILD, USER, "compare", null, options("from", "nu", "years", 2L), "from");

        CommandAutoCompleteInteractionEvent event = bot.next(CommandAutoCompleteInteractionEvent.class);
        assertThat(event.getFocusedOption().getName()).isEqualTo("from");
        assertThat(event.getFocusedOption().getValue()).isEqualTo("nu");
        Call callback = fake.awaitCallback(id, WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(8);
        assertThat(callback.json().at("/data/choices/0/value").asString()).isEqualTo("nurse");
        assertThatThrownBy(() -> fake.awaitReply(id, WAIT)).isInstanceOf(AssertionError.class).hasMessageContaining("type 8");
    }

    @Test
    void modalOpenedAndSubmitted() throws Exception {
        login();
        bot.onSlash = event -> event.replyModal(Modal.create("why-modal", "Tell us")
                .addComponents(Label.of("Why?", TextInput.create("why", TextInputStyle.PARAGRAPH).build())).build()).queue();
        long open = fake.slash(GUILD, USER, null, "suggest", null, Map.of());
        bot.next(SlashCommandInteractionEvent.class);

        Call modal = fake.awaitCallback(open, WAIT);
        assertThat(modal.json().path("type").asInt()).isEqualTo(9);
        assertThat(modal.json().at("/data/custom_id").asString()).isEqualTo("why-modal");
        assertThat(modal.json().at("/data/components/0/type").asInt()).isEqualTo(18);
        assertThat(modal.json().at("/data/components/0/component/custom_id").asString()).isEqualTo("why");

        bot.onModal = event -> event.reply("Thanks").setEphemeral(true).queue();
        long submit = fake.modalSubmit(GUILD, USER, "why-modal", Map.of("why", "Because"));

        ModalInteractionEvent event = bot.next(ModalInteractionEvent.class);
        assertThat(event.getModalId()).isEqualTo("why-modal");
        assertThat(event.getValue("why").getAsString()).isEqualTo("Because");
        Reply reply = fake.awaitReply(submit, WAIT);
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.message().path("content").asString()).isEqualTo("Thanks");
    }

    @Test
    void attachmentsBothWays() throws Exception {
        login();
        String cv = fake.attachment("cv.txt", "my cv".getBytes(UTF_8));
        bot.onSlash = event -> {
            String got;
            try (InputStream in = event.getOption("file").getAsAttachment().getProxy().download().get(5, TimeUnit.SECONDS)) {
                got = new String(in.readAllBytes(), UTF_8);
            } catch (Exception e) {
                got = e.toString();
            }
            event.reply("got " + got).addFiles(FileUpload.fromData("report".getBytes(UTF_8), "report.txt")).queue();
        };

        long slash = fake.slash(GUILD, USER, null, "import", null, options("file", new FakeDiscord.Attachment(cv)));

        Reply reply = fake.awaitReply(slash, WAIT);
        assertThat(reply.message().path("content").asString()).isEqualTo("got my cv");
        assertThat(reply.files()).containsOnlyKeys("report.txt");
        assertThat(new String(reply.files().get("report.txt"), UTF_8)).isEqualTo("report");
        assertThat(fake.message(reply.messageId()).at("/attachments/0/filename").asString()).isEqualTo("report.txt");
        assertThat(fake.awaitCallback(slash, WAIT).headers().get("Content-Type")).startsWith("multipart/form-data");
    }

    @Test
    void registeredCommandsAreEchoedAndUsed() throws Exception {
        JDA jda = login();

        List<Command> global = jda.updateCommands()
                .addCommands(Commands.slash("compare", "Compare two careers").addOption(OptionType.STRING, "from", "Career", true, true))
                .complete();
        List<Command> local = jda.getGuildById(GUILD).updateCommands().addCommands(Commands.slash("role_admin", "Edit roles")).complete();

        assertThat(global).singleElement().satisfies(command -> assertThat(command.getName()).isEqualTo("compare"));
        assertThat(fake.commands(null).get(0).path("id").asString()).isEqualTo(global.get(0).getId());
        assertThat(fake.commands(GUILD).get(0).path("guild_id").asString()).isEqualTo(Long.toString(GUILD));
        fake.slash(GUILD, USER, null, "compare", null, options("from", "nurse"));
        assertThat(bot.next(SlashCommandInteractionEvent.class).getCommandIdLong()).isEqualTo(global.get(0).getIdLong());
    }

    @Test
    void resumesAfterCloseCode4000() throws Exception {
        login();
        bot.onSlash = event -> event.reply("still here").queue();

        fake.closeGateway(4000);

        assertThat(fake.awaitResumes(1, WAIT)).isTrue();
        long slash = fake.slash(GUILD, USER, null, "compare", null, Map.of());
        assertThat(fake.awaitReply(slash, WAIT).message().path("content").asString()).isEqualTo("still here");
        assertThat(fake.identifies()).isEqualTo(1);
        assertThat(fake.resumes()).isEqualTo(1);
    }

    @Test
    void rateLimitedCallbackIsRetriedOnce() throws Exception {
        login();
        bot.onSlash = event -> event.reply("patience").queue();
        fake.rateLimitNext("/interactions", 1.0);

        long started = System.nanoTime();
        long slash = fake.slash(GUILD, USER, null, "compare", null, Map.of());

        assertThat(fake.awaitReply(slash, WAIT).message().path("content").asString()).isEqualTo("patience");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(4));
        assertThat(fake.calls("POST", "/interactions/" + slash)).extracting(Call::status).containsExactly(429, 200);
    }

    @Test
    void refusedTokenFailsTheBuild() {
        fake.refuseToken(true);

        // A controller that names the gateway itself skips GET /gateway/bot, so the 401 of GET /users/@me surfaces as is;
        // one that asks GET /gateway/bot first (as SessionControllerAdapter does) turns it into InvalidTokenException.
        assertThatThrownBy(this::build).isInstanceOfSatisfying(ErrorResponseException.class,
                e -> assertThat(e.getResponse().code).isEqualTo(401));
        controller = new FakeGatewayController(fake.gatewayUrl(), true);
        assertThatThrownBy(this::build).isInstanceOf(InvalidTokenException.class);
        assertThat(fake.calls("GET", "/users/@me")).extracting(Call::status).containsExactly(401);
        assertThat(fake.calls("GET", "/gateway/bot")).extracting(Call::status).containsExactly(401);
    }

    @Test
    void closeCode4004OnIdentifyStopsTheShard() {
        fake.closeOnNextIdentify(4004);

        JDA jda = build().getShardById(0);

        assertThatThrownBy(jda::awaitReady).isInstanceOf(IllegalStateException.class);
        assertThat(fake.identifies()).isEqualTo(1);
    }
}
