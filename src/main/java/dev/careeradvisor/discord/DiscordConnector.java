package dev.careeradvisor.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import dev.careeradvisor.chat.PersonNotice;
import dev.careeradvisor.chat.Platform;
import dev.careeradvisor.chat.Tokens;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Logs in to Discord off the start-up path ({@code build()} waits on the token check), retrying with
 * backoff while the token is refused or Discord cannot be reached, each problem logged once and
 * shown by health; the rest of the bot runs on meanwhile. Stops the shards with the application.
 */
final class DiscordConnector extends ListenerAdapter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DiscordConnector.class);
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);
    private static final String REFUSED = "the token was refused (401): check DISCORD_TOKEN";

    private final String token;
    private final Function<DiscordConnector, ShardManager> login;
    private final Runnable stopWorkers;
    private final AtomicReference<@Nullable String> problem = new AtomicReference<>("connecting");
    private volatile @Nullable ShardManager shards;
    private volatile @Nullable Thread connecting;
    private volatile boolean running;

    /** @param login builds the shard manager (blocking until the token is checked), with this connector among its listeners */
    DiscordConnector(String token, Function<DiscordConnector, ShardManager> login, Runnable stopWorkers) {
        this.token = token;
        this.login = login;
        this.stopWorkers = stopWorkers;
    }

    @Override
    public void start() {
        running = true;
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        Thread thread = new Thread(this::connect, "discord-connect");
        thread.setDaemon(true);
        connecting = thread;
        thread.start();
    }

    private void connect() {
        Duration wait = Duration.ofSeconds(2);
        while (running) {
            try {
                shards = login.apply(this);
                problem.set(null);
                log.info("Discord: logged in with token {}; connecting {} shard(s) to the gateway", Tokens.masked(token),
                        shards.getShardsQueued() + shards.getShardsRunning());
                return;
            } catch (InvalidTokenException e) {
                report(REFUSED);
            } catch (ErrorResponseException e) {
                report(e.getResponse() != null && e.getResponse().code == 401 ? REFUSED : "Discord answered " + e.getMeaning());
            } catch (RuntimeException e) {
                report("Discord is unreachable or failing (" + Tokens.scrubbed(e.getMessage(), token) + ")");
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
        }
    }

    private void report(String why) {
        report(why, "retrying with backoff");
    }

    private void report(String why, String next) {
        if (!why.equals(problem.getAndSet(why))) {
            log.error("Discord: {}; {}, the rest of the bot keeps running", why, next);
        }
    }

    /** A shard the gateway shut for good (a token refused at IDENTIFY, 4004) is a problem health shows. */
    @Override
    public void onShutdown(ShutdownEvent event) {
        CloseCode code = event.getCloseCode();
        if (running && code != null && !code.isReconnect()) {
            String why = code == CloseCode.AUTHENTICATION_FAILED
                    ? "the gateway refused the token (4004): check DISCORD_TOKEN"
                    : "the gateway closed shard " + event.getJDA().getShardInfo().getShardId() + " (" + code.getCode() + " " + code.getMeaning() + ")";
            report(why, "the shard stays down until the bot is restarted with a good token");
        }
    }

    /** Tells a Discord user something (their suggestion was handled) in a direct message; one who shut DMs is not reached. */
    @EventListener
    void on(PersonNotice notice) {
        ShardManager manager = shards;
        if (notice.platform() != Platform.DISCORD || manager == null) {
            return;
        }
        manager.retrieveUserById(notice.userId())
                .flatMap(User::openPrivateChannel)
                .flatMap(channel -> channel.sendMessage(DiscordReplies.text(notice.text())))
                .queue(null, failure -> log.info("Could not tell Discord user {}: {}", notice.userId(), failure.toString()));
    }

    /** Null when every shard is connected; otherwise what is wrong. */
    @Nullable
    String problem() {
        String reported = problem.get();
        ShardManager manager = shards;
        if (reported != null || manager == null) {
            return reported == null ? "connecting" : reported;
        }
        return manager.getShards().stream().allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED) && !manager.getShards().isEmpty()
                ? null : "not every shard is connected yet";
    }

    /** Each shard's gateway state, by shard id. */
    Map<Integer, String> statuses() {
        Map<Integer, String> statuses = new TreeMap<>();
        ShardManager manager = shards;
        if (manager != null) {
            manager.getShards().forEach(shard -> statuses.put(shard.getShardInfo().getShardId(), shard.getStatus().name()));
        }
        return statuses;
    }

    /** The average gateway heartbeat round trip in milliseconds, or -1 before the first heartbeat. */
    long ping() {
        ShardManager manager = shards;
        return manager == null ? -1 : Math.round(manager.getAverageGatewayPing());
    }

    @Nullable
    ShardManager shards() {
        return shards;
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = connecting;
        if (thread != null) {
            thread.interrupt();
        }
        ShardManager manager = shards;
        if (manager != null) {
            manager.shutdown();
        }
        stopWorkers.run();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    static List<Integer> range(int first, int last) {
        return java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
    }
}
