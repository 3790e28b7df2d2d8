package dev.careeradvisor.telegram;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.Card;
import dev.careeradvisor.chat.ChatRequest;
import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.CommandCall;
import dev.careeradvisor.chat.ComponentStore;
import dev.careeradvisor.chat.DeliveryStore;
import dev.careeradvisor.chat.Platform;
import dev.careeradvisor.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ForceReplyKeyboard;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Turns one Telegram update into a chat request and its reply into messages: commands in private
 * chats and groups (also {@code /compare@ThisBot}; a command for another bot is not ours), plain text
 * in private chats, and button presses, which edit the card in place for the person who asked and
 * give anyone else a short notice. Each update is answered once, also if it arrives twice.
 */
final class TelegramBot {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final Duration DEDUPLICATION = Duration.ofHours(24);
    private static final Set<String> MODERATOR_STATUSES = Set.of("creator", "administrator");
    private static final Set<String> YAML_SUBCOMMANDS = Set.of("add", "import");

    private final ChatService chat;
    private final DeliveryStore deliveries;
    private final ComponentStore components;
    private final Keyboards keyboards;
    private final InlineAnswers inline;
    private final Documents documents;
    private final TelegramSender sender;
    private final TelegramMetrics metrics;
    private final Supplier<String> username;
    private final Cache<String, Boolean> moderators = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).maximumSize(50_000).build();

    TelegramBot(ChatService chat, DeliveryStore deliveries, ComponentStore components, TelegramSender sender,
            TelegramMetrics metrics, Supplier<String> username, Documents documents) {
        this.documents = documents;
        this.chat = chat;
        this.deliveries = deliveries;
        this.components = components;
        this.keyboards = new Keyboards(components);
        this.inline = new InlineAnswers(chat);
        this.sender = sender;
        this.metrics = metrics;
        this.username = username;
    }

    void handle(Update update) {
        metrics.update();
        if (update.hasInlineQuery()) {
            answerInline(update);
            return;
        }
        if (update.getUpdateId() == null || !deliveries.claim(Platform.TELEGRAM, "update:" + update.getUpdateId(), DEDUPLICATION)) {
            return;
        }
        try {
            if (update.hasMessage()) {
                onMessage(update.getMessage());
            } else if (update.hasCallbackQuery()) {
                onPress(update.getCallbackQuery());
            }
        } catch (TelegramApiException | RuntimeException e) {
            metrics.error();
            log.warn("Could not answer Telegram update {}: {}", update.getUpdateId(), e.getMessage());
        }
    }

    /** Inline queries come with every keystroke; answering one twice is harmless, so no database round trip. */
    private void answerInline(Update update) {
        try {
            sender.send(inline.answer(update.getInlineQuery()));
        } catch (TelegramApiException | RuntimeException e) {
            metrics.error();
            log.warn("Could not answer inline query {}: {}", update.getUpdateId(), e.getMessage());
        }
    }

    private void onMessage(Message message) throws TelegramApiException {
        if (message.getMigrateToChatId() != null) {
            chat.communityMoved(Platform.TELEGRAM, Long.toString(message.getChatId()), Long.toString(message.getMigrateToChatId()));
            return;
        }
        String typed = message.hasText() ? message.getText() : message.hasDocument() ? message.getCaption() : null;
        if (typed == null || message.getFrom() == null || Boolean.TRUE.equals(message.getFrom().getIsBot())) {
            return;
        }
        boolean privateChat = message.isUserMessage();
        String text = typed.strip();
        if (!text.startsWith("/")) {
            if (privateChat) {
                Actor actor = actor(message.getFrom(), message, false);
                replyTo(message, chat.handle(ChatRequest.text(actor, text)), actor);
            } else if (repliesToUs(message)) {
                // with privacy mode on, a group's answers to a guided dialogue reach us as replies to its question
                Actor actor = actor(message.getFrom(), message, true);
                if (chat.awaitsAnswer(actor)) {
                    replyTo(message, chat.handle(ChatRequest.text(actor, text)), actor);
                }
            }
            return;
        }
        String[] parts = text.split("\\s+", 2);
        String command = parts[0].substring(1);
        int at = command.indexOf('@');
        if (at >= 0) {
            if (!command.substring(at + 1).equalsIgnoreCase(username.get())) {
                return;
            }
            command = command.substring(0, at);
        }
        command = command.toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1] : "";
        boolean admin = command.equals("role_admin") || command.equals("role-admin");
        Actor actor = actor(message.getFrom(), message, admin && !privateChat);
        if (command.equals("start") && rest.matches("[A-Za-z0-9_-]{1,64}")) {
            var linked = components.recall(rest);
            if (linked.isPresent()) {
                reply(message.getChatId(), chat.handle(ChatRequest.call(actor, linked.get().call())), actor);
                return;
            }
        }
        if (admin && message.hasDocument()) {
            attached(message, actor, rest);
            return;
        }
        Reply reply = chat.handle(request(actor, command, rest, admin));
        if (admin && !reply.isError() && reply.data() instanceof String yaml) {
            sender.sendDocument(SendDocument.builder().chatId(message.getChatId())
                    .document(new InputFile(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "roles.yaml"))
                    .caption(reply.cards().isEmpty() ? "" : reply.cards().get(0).title()).build(), message.getChatId());
            return;
        }
        replyTo(message, reply, actor);
    }

    private boolean repliesToUs(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && Boolean.TRUE.equals(replied.getFrom().getIsBot())
                && username.get().equalsIgnoreCase(replied.getFrom().getUserName());
    }

    /**
     * The reply to a message. A question of a guided dialogue asks for a reply (ForceReply, selective to
     * the person who asked), which in a group with privacy mode on is how their answer reaches us.
     */
    private void replyTo(Message message, Reply reply, Actor actor) throws TelegramApiException {
        boolean question = !reply.isError() && reply.cards().stream().anyMatch(card -> card.colour() == Card.Colour.QUESTION);
        if (!question) {
            reply(message.getChatId(), reply, actor);
            return;
        }
        sender.send(SendMessage.builder().chatId(message.getChatId()).text(TelegramHtml.of(reply)).parseMode("HTML")
                .replyToMessageId(message.getMessageId())
                .replyMarkup(ForceReplyKeyboard.builder().forceReply(true).selective(true).build()).build(), message.getChatId());
    }

    /** {@code /role_admin add} or {@code import} with the roles in an attached YAML file. */
    private void attached(Message message, Actor actor, String rest) throws TelegramApiException {
        List<String> words = new java.util.ArrayList<>(List.of(rest.strip().split("\\s+")));
        if (words.isEmpty() || !YAML_SUBCOMMANDS.contains(words.get(0))) {
            reply(message.getChatId(), chat.handle(ChatRequest.text(actor, "/role-admin " + rest)), actor);
            return;
        }
        var yaml = documents.text(message.getDocument());
        if (yaml.isEmpty()) {
            reply(message.getChatId(), Reply.error(Reply.Problem.USAGE, chat.sentence("telegram.fileRefused", Documents.MAX_BYTES / 1024)), actor);
            return;
        }
        words.add(yaml.get());
        reply(message.getChatId(), chat.handle(ChatRequest.command(actor, "role-admin", words)), actor);
    }

    /** YAML sent with {@code /role_admin add} keeps its lines; everything else is typed text. */
    private static ChatRequest request(Actor actor, String command, String rest, boolean admin) {
        if (admin) {
            String[] sub = rest.strip().split("\\s+", 2);
            if (sub.length == 2 && YAML_SUBCOMMANDS.contains(sub[0]) && sub[1].contains("\n")) {
                return ChatRequest.command(actor, "role-admin", List.of(sub[0], sub[1]));
            }
        }
        return ChatRequest.text(actor, "/" + command + (rest.isEmpty() ? "" : " " + rest));
    }

    /** A message to one person, in their private chat; a person who never started the bot cannot be reached. */
    void notify(long userId, String text) {
        try {
            sender.send(SendMessage.builder().chatId(userId).text(TelegramHtml.escape(text)).parseMode("HTML").build(), userId);
        } catch (TelegramApiException | RuntimeException e) {
            log.info("Could not tell Telegram user {}: {}", userId, e.getMessage());
        }
    }

    private void onPress(CallbackQuery press) throws TelegramApiException {
        String data = press.getData() == null ? "" : press.getData();
        if (!data.startsWith(Keyboards.PREFIX) || !(press.getMessage() instanceof Message message)) {
            answer(press, chat.sentence("telegram.expired"));
            return;
        }
        Actor presser = actor(press.getFrom(), message, false);
        var pressed = keyboards.pressed(data, presser);
        if (pressed.isEmpty()) {
            answer(press, chat.sentence("telegram.expired"));
            return;
        }
        if (!pressed.get().byRequester()) {
            answer(press, chat.sentence("telegram.notYours"));
            return;
        }
        CommandCall call = pressed.get().call();
        boolean admin = call.command().equals("role-admin") && !message.isUserMessage();
        Actor actor = admin ? actor(press.getFrom(), message, true) : presser;
        if (pressed.get().turnsPage()) {
            sender.send(EditMessageReplyMarkup.builder().chatId(message.getChatId()).messageId(message.getMessageId())
                    .replyMarkup(keyboards.page(pressed.get(), chat.sentence("telegram.back"))).build(), message.getChatId());
            answer(press, null);
            return;
        }
        Reply reply = chat.handle(ChatRequest.call(actor, call));
        if (reply.isError()) {
            answer(press, reply.error());
            return;
        }
        sender.send(EditMessageText.builder().chatId(message.getChatId()).messageId(message.getMessageId())
                .text(TelegramHtml.of(reply)).parseMode("HTML").disableWebPagePreview(true)
                .replyMarkup(keyboards.of(actions(reply), actor)).build(), message.getChatId());
        answer(press, null);
    }

    private void reply(long chatId, Reply reply, Actor actor) throws TelegramApiException {
        sender.send(SendMessage.builder().chatId(chatId).text(TelegramHtml.of(reply)).parseMode("HTML")
                .disableWebPagePreview(true).replyMarkup(keyboards.of(actions(reply), actor)).build(), chatId);
    }

    private static List<dev.careeradvisor.chat.Action> actions(Reply reply) {
        return reply.isError() ? reply.suggestions() : reply.cards().stream().flatMap(card -> card.actions().stream()).toList();
    }

    private void answer(CallbackQuery press, String notice) throws TelegramApiException {
        var answer = AnswerCallbackQuery.builder().callbackQueryId(press.getId());
        if (notice != null) {
            answer.text(notice.length() > 200 ? notice.substring(0, 199) + "…" : notice);
        }
        sender.send(answer.build());
    }

    private Actor actor(User user, Message message, boolean askModerator) {
        String name = user.getLastName() == null ? user.getFirstName() : user.getFirstName() + " " + user.getLastName();
        boolean privateChat = message.isUserMessage();
        String community = privateChat ? null : Long.toString(message.getChatId());
        boolean moderator = askModerator && isModerator(message.getChatId(), user.getId());
        return new Actor(Platform.TELEGRAM, Long.toString(user.getId()), name == null ? "" : name, community, moderator);
    }

    /** Chat administrators and creators moderate a group; asked of Telegram, and kept for a few minutes. */
    private boolean isModerator(long chatId, long userId) {
        return moderators.get(chatId + ":" + userId, key -> {
            try {
                var member = sender.send(GetChatMember.builder().chatId(chatId).userId(userId).build());
                return MODERATOR_STATUSES.contains(member.getStatus());
            } catch (TelegramApiException e) {
                log.warn("Could not ask Telegram whether {} administers chat {}: {}", userId, chatId, e.getMessage());
                return false;
            }
        });
    }
}
