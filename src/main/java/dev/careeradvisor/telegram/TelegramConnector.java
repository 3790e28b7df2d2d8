package dev.careeradvisor.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import dev.careeradvisor.chat.DeliveryStore;
import dev.careeradvisor.chat.Platform;
import dev.careeradvisor.chat.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Connects to Telegram off the start-up path: checks the token ({@code getMe}), publishes the commands
 * when they changed, then long-polls (or registers the webhook). A bad token or an unreachable API is
 * logged once, shown by health and retried with backoff; the rest of the bot runs on meanwhile.
 */
final class TelegramConnector implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramConnector.class);
    static final List<BotCommand> EVERYDAY = List.of(
            new BotCommand("compare", "Compare two careers: /compare routing vs middleware"),
            new BotCommand("role", "One career's card: /role multimodal"),
            new BotCommand("roles", "The catalog, a page at a time"),
            new BotCommand("advise", "Not sure which fits you? A five-question quiz"),
            new BotCommand("suggest", "Ask for a missing role or report a wrong figure"),
            new BotCommand("help", "What I can do"));
    /** Four replies in flight at about 100 ms each already pass Telegram's 30 messages a second in all. */
    static final int WORKERS = 4;
    static final BotCommand ADMIN = new BotCommand("role_admin", "Moderators: add, edit, remove, import or export roles");

    private final String token;
    private final TelegramProperties properties;
    private final TelegramClient client;
    private final TelegramBot bot;
    private final DeliveryStore deliveries;
    private final TelegramMetrics metrics;
    private final AtomicReference<String> username;
    private final AtomicReference<String> problem = new AtomicReference<>("connecting");
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> thread(r, "telegram-update"));
    private volatile TelegramBotsLongPollingApplication polling;
    private volatile Thread connecting;
    private volatile boolean running;

    TelegramConnector(String token, TelegramProperties properties, TelegramClient client, TelegramBot bot,
            DeliveryStore deliveries, TelegramMetrics metrics, AtomicReference<String> username) {
        this.token = token;
        this.properties = properties;
        this.client = client;
        this.bot = bot;
        this.deliveries = deliveries;
        this.metrics = metrics;
        this.username = username;
    }

    @Override
    public void start() {
        running = true;
        connecting = thread(this::connect, "telegram-connect");
        connecting.start();
    }

    private void connect() {
        Duration wait = Duration.ofSeconds(2);
        while (running) {
            try {
                username.set(client.execute(new GetMe()).getUserName());
                publishCommands();
                if (properties.webhook().enabled()) {
                    client.execute(SetWebhook.builder().url(properties.webhook().url().toString())
                            .secretToken(properties.webhook().secretToken()).build());
                } else {
                    client.execute(new DeleteWebhook());
                    startPolling();
                }
                problem.set(null);
                metrics.contact();
                log.info("Telegram: connected as @{} with token {} ({})", username.get(), Tokens.masked(token),
                        properties.webhook().enabled() ? "webhook" : "long polling");
                return;
            } catch (TelegramApiException e) {
                String why = e instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() == 401
                        ? "the token was refused (401): check TELEGRAM_BOT_TOKEN"
                        : "Telegram is unreachable or failing (" + Tokens.scrubbed(e.getMessage(), token) + ")";
                if (!why.equals(problem.getAndSet(why))) {
                    log.error("Telegram: {}; retrying with backoff, the rest of the bot keeps running", why);
                }
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(Duration.ofMinutes(5)) > 0 ? Duration.ofMinutes(5) : wait.multipliedBy(2);
            }
        }
    }

    /** Commands go out only when their text changed since the last publication, on any instance. */
    private void publishCommands() throws TelegramApiException {
        String fingerprint = Integer.toHexString((EVERYDAY.toString() + ADMIN).hashCode());
        if (!deliveries.claim(Platform.TELEGRAM, "commands:" + username.get() + ":" + fingerprint, Duration.ofDays(365))) {
            return;
        }
        client.execute(SetMyCommands.builder().commands(EVERYDAY).scope(new BotCommandScopeDefault()).build());
        List<BotCommand> admins = new java.util.ArrayList<>(EVERYDAY);
        admins.add(ADMIN);
        client.execute(SetMyCommands.builder().commands(admins).scope(new BotCommandScopeAllChatAdministrators()).build());
    }

    private void startPolling() throws TelegramApiException {
        TelegramUrl url = TelegramClients.url(properties.apiUrl());
        int timeout = properties.pollSeconds();
        LongPollingUpdateConsumer consumer = updates -> updates.forEach(this::dispatch);
        TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication();
        application.registerBot(token, () -> url,
                offset -> GetUpdates.builder().offset(offset + 1).timeout(timeout).limit(100).build(), consumer);
        polling = application;
    }

    /** Updates are answered off the polling thread, so that a slow reply never holds up the next poll. */
    void dispatch(Update update) {
        workers.submit(() -> bot.handle(update));
    }

    /** Delivers a notice to a Telegram user in their private chat with the bot (whose id is theirs). */
    @org.springframework.context.event.EventListener
    void on(dev.careeradvisor.chat.PersonNotice notice) {
        if (notice.platform() == Platform.TELEGRAM) {
            workers.submit(() -> bot.notify(Long.parseLong(notice.userId()), notice.text()));
        }
    }

    /** Null when connected; otherwise what is wrong. */
    String problem() {
        return problem.get();
    }

    @Override
    public void stop() {
        running = false;
        if (connecting != null) {
            connecting.interrupt();
        }
        try {
            if (polling != null) {
                polling.close();
            }
        } catch (Exception e) {
            log.debug("Telegram polling did not close cleanly", e);
        }
        workers.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static Thread thread(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
