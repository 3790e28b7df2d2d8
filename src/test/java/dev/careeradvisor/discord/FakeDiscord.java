package dev.careeradvisor.discord;

import static dev.careeradvisor.discord.DiscordPayloads.BOT_PERMISSIONS;
import static dev.careeradvisor.discord.DiscordPayloads.EVERYONE_PERMISSIONS;
import static dev.careeradvisor.discord.DiscordPayloads.array;
import static dev.careeradvisor.discord.DiscordPayloads.error;
import static dev.careeradvisor.discord.DiscordPayloads.object;
import static dev.careeradvisor.discord.DiscordPayloads.snowflake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.careeradvisor.discord.DiscordPayloads.Guild;
import dev.careeradvisor.discord.FakeRest.Exchange;
import dev.careeradvisor.discord.FakeRest.Upload;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.Buffer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fake Discord on loopback for the real JDA 6: REST under {@code /api/v10/} ({@link FakeRest}) and the gateway,
 * zlib-stream and v10, at {@code /gateway} ({@link FakeGateway}), on one MockWebServer. It logs the bot in, resumes
 * sessions, delivers the interactions a test makes, records every REST call, keeps the messages the bot shows under
 * ids it gives them, and can refuse the token, close the gateway and answer 429 on demand.
 *
 * <p>Point JDA at it with {@code new RestConfig().setBaseUrl(apiUrl())} and a SessionController whose gateway is
 * {@link #gatewayUrl()} (see FakeDiscordTest). Interactions in a guild come from its one text channel
 * ({@link #channelOf}); in a DM (guild null) from the user's DM with the bot. A member's permissions, as given to
 * {@link #slash}, hold for that member's later interactions too; the fake grants them through a role it creates with
 * GUILD_ROLE_CREATE, since JDA computes a cached member's permissions from roles.
 */
final class FakeDiscord implements AutoCloseable {

    static final long APPLICATION_ID = DiscordPayloads.APPLICATION_ID;
    static final long BOT_ID = DiscordPayloads.BOT_ID;

    /** Marks a slash option value as an attachment registered with {@link #attachment}. */
    record Attachment(String id) {
    }

    /** A request the fake answered: path without /api/v10, the JSON body (payload_json of a multipart), files by name. */
    record Call(String method, String path, String query, int status, JsonNode json, Map<String, byte[]> files, Headers headers) {
        @Override
        public String toString() {
            return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status;
        }
    }

    /**
     * What the bot showed for an interaction: the callback type (4 reply, 7 edit of the message pressed, or 5/6 when it
     * deferred and sent the message through the webhook afterwards), the message id, the JSON the bot sent for it,
     * whether it is ephemeral (flags & 64), and its files by name.
     */
    record Reply(int callbackType, long messageId, JsonNode message, boolean ephemeral, Map<String, byte[]> files) {
    }

    private final MockWebServer server = new MockWebServer();
    private final Object monitor = new Object();
    private final Map<Long, Guild> guilds = new ConcurrentHashMap<>();
    private final Map<String, Long> memberPermissions = new ConcurrentHashMap<>();
    private final Map<Long, Long> dmChannels = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> attachments = new ConcurrentHashMap<>();
    private final Map<String, Long> unregisteredCommands = new ConcurrentHashMap<>();
    private final FakeRest rest = new FakeRest(server::url, this::gatewayUrl);
    private final FakeGateway gateway = new FakeGateway(this::gatewayUrl, guilds::values, () -> rest.refuseToken, this::signal);

    private FakeDiscord() {
    }

    static FakeDiscord start() {
        FakeDiscord fake = new FakeDiscord();
        fake.server.setDispatcher(fake.new Router());
        try {
            fake.server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fake;
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/api/v10/";
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + server.getPort() + "/gateway";
    }

    /** Adds a guild; once the bot is logged in, it joins at once (GUILD_CREATE). */
    FakeDiscord guild(long id, String name) {
        Guild guild = Guild.of(id, name);
        synchronized (gateway) {
            guilds.put(id, guild);
            if (gateway.live()) {
                gateway.dispatch("GUILD_CREATE", DiscordPayloads.guildCreate(guild));
            }
        }
        return this;
    }

    /** The id of the guild's text channel, where its interactions happen. */
    long channelOf(long guildId) {
        return known(guilds.get(guildId), "guild " + guildId).channelId();
    }

    /** Every REST call answers 401 and IDENTIFY is closed with 4004. */
    void refuseToken(boolean refuse) {
        rest.refuseToken = refuse;
    }

    void closeOnNextIdentify(int code) {
        gateway.closeOnNextIdentify(code);
    }

    /** Closes the live gateway connection with this close code (4000: JDA resumes; 4004: JDA gives up). */
    void closeGateway(int code) {
        gateway.close(code);
    }

    /** The next request whose path (after /api/v10) starts so answers 429; JDA waits Retry-After and sends it again. */
    void rateLimitNext(String pathPrefix, double retryAfterSeconds) {
        rest.rateLimitNext(pathPrefix, retryAfterSeconds);
    }

    /** Serves the bytes over HTTP and returns the id of an attachment that slash options can carry. */
    String attachment(String filename, byte[] bytes) {
        ObjectNode attachment = rest.serve(new Upload(filename, bytes, "application/octet-stream"), null).put("ephemeral", true);
        attachments.put(attachment.path("id").asString(), attachment);
        return attachment.path("id").asString();
    }

    /** A slash command; option values are String, Long/Integer, Boolean, Double or {@link Attachment}. */
    long slash(Long guildId, long userId, String permissions, String command, String subcommand, Map<String, Object> options) {
        if (guildId != null && permissions != null) {
            memberPermissions.put(guildId + ":" + userId, Long.parseLong(permissions));
        }
        return interact(2, guildId, userId, command(guildId, command, subcommand, options, null), null);
    }

    long autocomplete(Long guildId, long userId, String command, String subcommand, Map<String, Object> options, String focused) {
        return interact(4, guildId, userId, command(guildId, command, subcommand, options, focused), null);
    }

    long button(Long guildId, long userId, String customId, long messageId) {
        return interact(3, guildId, userId, object().put("custom_id", customId).put("component_type", 2), messageId);
    }

    long select(Long guildId, long userId, String customId, List<String> values, long messageId) {
        ObjectNode data = object().put("custom_id", customId).put("component_type", 3);
        values.forEach(data.putArray("values")::add);
        return interact(3, guildId, userId, data, messageId);
    }

    /** A modal submitted with these text inputs (custom id to value), each inside a Label, as JDA 6 modals are built. */
    long modalSubmit(Long guildId, long userId, String customId, Map<String, String> inputs) {
        ObjectNode data = object().put("custom_id", customId);
        ArrayNode labels = data.putArray("components");
        int[] next = {1};
        inputs.forEach((input, value) -> labels.addObject().put("type", 18).put("id", next[0]++).putObject("component")
                .put("type", 4).put("id", next[0]++).put("custom_id", input).put("value", value));
        return interact(5, guildId, userId, data, null);
    }

    List<Call> calls() {
        return List.copyOf(rest.calls);
    }

    List<Call> calls(String method, String pathPrefix) {
        return rest.calls.stream().filter(call -> call.method().equals(method) && call.path().startsWith(pathPrefix)).toList();
    }

    /** The successful POST of the interaction's callback; its json is the callback body (payload_json for multipart). */
    Call awaitCallback(long interactionId, Duration timeout) {
        String path = "/interactions/" + interactionId + "/tok-" + interactionId + "/callback";
        Call call = await(timeout, () -> rest.calls.stream()
                .filter(c -> c.method().equals("POST") && c.path().equals(path) && c.status() < 300).findFirst().orElse(null));
        if (call == null) {
            throw new AssertionError("no callback for interaction " + interactionId + " within " + timeout + "; calls: " + rest.calls);
        }
        return call;
    }

    /** The message the bot ended up showing for the interaction (after a deferral: its first webhook message). */
    Reply awaitReply(long interactionId, Duration timeout) {
        Exchange exchange = known(rest.exchanges.get(interactionId), "interaction " + interactionId);
        await(timeout, () -> exchange.reply != null || exchange.answeredWithoutMessage() ? exchange : null);
        if (exchange.reply != null) {
            return exchange.reply;
        }
        throw new AssertionError(exchange.answeredWithoutMessage()
                ? "interaction " + interactionId + " was answered with callback type " + exchange.callbackType + ", not a message"
                : "no reply to interaction " + interactionId + " within " + timeout + "; calls: " + rest.calls);
    }

    /** The id of the message the interaction's response made or edited (for a later button press). */
    long messageOf(long interactionId) {
        Exchange exchange = known(rest.exchanges.get(interactionId), "interaction " + interactionId);
        return known(await(Duration.ofSeconds(5), () -> exchange.messageId), "message for interaction " + interactionId);
    }

    /** The message as the fake keeps it (what Discord would show), or null. */
    JsonNode message(long messageId) {
        ObjectNode message = rest.messages.get(messageId);
        return message == null ? null : message.deepCopy();
    }

    /** The commands of the last PUT for a guild (or the global ones for null), as the fake echoed them. */
    JsonNode commands(Long guildId) {
        return rest.commands.getOrDefault(guildId == null ? "global" : guildId.toString(), array()).deepCopy();
    }

    /** True once a READY went out on the live connection; JDA fires ReadyEvent after it has read the GUILD_CREATEs. */
    boolean awaitReady(Duration timeout) {
        return await(timeout, () -> gateway.ready() ? Boolean.TRUE : null) != null;
    }

    boolean awaitResumes(int count, Duration timeout) {
        return await(timeout, () -> gateway.resumes() >= count ? Boolean.TRUE : null) != null;
    }

    int identifies() {
        return gateway.identifies().size();
    }

    /** The "d" of every IDENTIFY, in order (token, intents, shard [id, total], properties). */
    List<JsonNode> identifyPayloads() {
        return gateway.identifies();
    }

    int resumes() {
        return gateway.resumes();
    }

    @Override
    public void close() {
        server.close();
    }

    // --- interactions ---

    private ObjectNode command(Long guildId, String name, String subcommand, Map<String, Object> options, String focused) {
        JsonNode registered = registered(guildId, name);
        ObjectNode data = object().put("id", registered != null ? registered.path("id").asString()
                : Long.toString(unregisteredCommands.computeIfAbsent(name, n -> snowflake()))).put("name", name).put("type", 1);
        if (registered != null && registered.has("guild_id")) {
            data.put("guild_id", registered.path("guild_id").asString());
        }
        ObjectNode resolved = object();
        ArrayNode given = array();
        (options == null ? Map.<String, Object>of() : options).forEach((option, value) -> {
            ObjectNode o = given.addObject().put("name", option);
            if (value instanceof Attachment attachment) {
                o.put("type", 11).put("value", attachment.id());
                ObjectNode files = resolved.has("attachments") ? (ObjectNode) resolved.get("attachments")
                        : resolved.putObject("attachments");
                files.set(attachment.id(), known(attachments.get(attachment.id()), "attachment " + attachment.id()));
            } else if (value instanceof Boolean flag) {
                o.put("type", 5).put("value", flag);
            } else if (value instanceof Integer || value instanceof Long) {
                o.put("type", 4).put("value", ((Number) value).longValue());
            } else if (value instanceof Number number) {
                o.put("type", 10).put("value", number.doubleValue());
            } else {
                o.put("type", 3).put("value", String.valueOf(value));
            }
            if (option.equals(focused)) {
                o.put("focused", true);
            }
        });
        ArrayNode list = given;
        if (subcommand != null) {
            list = array();
            list.addObject().put("type", 1).put("name", subcommand).set("options", given);
        }
        data.set("options", list);
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return data;
    }

    private JsonNode registered(Long guildId, String name) {
        for (String scope : guildId == null ? List.of("global") : List.of(guildId.toString(), "global")) {
            for (JsonNode command : rest.commands.getOrDefault(scope, array())) {
                if (command.path("name").asString().equals(name) && command.path("type").asInt(1) == 1) {
                    return command;
                }
            }
        }
        return null;
    }

    private long interact(int type, Long guildId, long userId, ObjectNode data, Long pressedMessageId) {
        long id = snowflake();
        ObjectNode payload = object().put("id", Long.toString(id)).put("application_id", Long.toString(APPLICATION_ID))
                .put("type", type).put("token", "tok-" + id).put("version", 1);
        payload.set("data", data);
        long channelId;
        ObjectNode owners = object();
        if (guildId != null) {
            Guild guild = known(guilds.get(guildId), "guild " + guildId + " (add it with guild(id, name))");
            channelId = guild.channelId();
            long granted = memberPermissions.getOrDefault(guildId + ":" + userId, EVERYONE_PERMISSIONS);
            List<Long> roles = (granted & ~EVERYONE_PERMISSIONS) == 0 ? List.of() : List.of(roleFor(guild, granted));
            payload.put("guild_id", guildId.toString()).put("guild_locale", "en-US").put("context", 0);
            payload.putObject("guild").put("id", guildId.toString()).put("locale", "en-US").putArray("features");
            payload.set("channel", DiscordPayloads.textChannel(channelId, guildId, BOT_PERMISSIONS));
            payload.set("member", DiscordPayloads.member(DiscordPayloads.user(userId), roles, granted | EVERYONE_PERMISSIONS));
            owners.put("0", guildId.toString());
        } else {
            channelId = dmChannels.computeIfAbsent(userId, user -> snowflake());
            payload.set("channel", DiscordPayloads.dmChannel(channelId));
            payload.set("user", DiscordPayloads.user(userId));
            payload.put("context", 1);
            owners.put("0", "0");
        }
        payload.put("channel_id", Long.toString(channelId)).put("app_permissions", Long.toString(BOT_PERMISSIONS))
                .put("locale", "en-US").put("attachment_size_limit", 10_485_760).putArray("entitlements");
        payload.set("authorizing_integration_owners", owners);
        ObjectNode metadata = object().put("id", Long.toString(id)).put("type", type);
        metadata.set("user", DiscordPayloads.user(userId));
        metadata.set("authorizing_integration_owners", owners.deepCopy());
        if (type == 2) {
            metadata.put("name", data.path("name").asString());
        }
        if (pressedMessageId != null) {
            payload.set("message", known(rest.messages.get(pressedMessageId), "message " + pressedMessageId).deepCopy());
            metadata.put("interacted_message_id", pressedMessageId.toString());
        }
        rest.exchanges.put(id, new Exchange(id, type, channelId, pressedMessageId, metadata));
        gateway.dispatch("INTERACTION_CREATE", payload);
        return id;
    }

    private long roleFor(Guild guild, long permissions) {
        return guild.roleByPermissions().computeIfAbsent(permissions, p -> {
            ObjectNode role = DiscordPayloads.role(snowflake(), "perm-" + p, guild.roles().size(), p, false);
            guild.roles().add(role);
            gateway.dispatch("GUILD_ROLE_CREATE", object().put("guild_id", Long.toString(guild.id())).set("role", role));
            return Long.parseLong(role.path("id").asString());
        });
    }

    private final class Router extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            HttpUrl url = request.getUrl();
            String path = "/" + String.join("/", url.pathSegments());
            if (path.equals("/gateway") && "websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"))) {
                rest.calls.add(new Call("GET", path, url.query(), 101, null, Map.of(), request.getHeaders()));
                return new MockResponse.Builder()
                        .webSocketUpgrade(gateway.connection("zlib-stream".equals(url.queryParameter("compress")))).build();
            } else if (rest.served.containsKey(path)) {
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/octet-stream")
                        .body(new Buffer().write(rest.served.get(path))).build();
            } else if (!path.startsWith("/api/v10/")) {
                return new MockResponse.Builder().code(404).body(error("Unknown", 0).toString()).build();
            }
            synchronized (monitor) { // a waiter sees the call and what it did at once
                MockResponse response = rest.handle(request, path.substring("/api/v10".length()));
                monitor.notifyAll();
                return response;
            }
        }
    }

    private void signal() {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    private <T> T await(Duration timeout, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            for (T value = probe.get(); ; value = probe.get()) {
                long left = deadline - System.nanoTime();
                if (value != null || left <= 0) {
                    return value;
                }
                try {
                    monitor.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }

    private static <T> T known(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("unknown " + what);
        }
        return value;
    }
}
