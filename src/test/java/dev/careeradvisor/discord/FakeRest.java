package dev.careeradvisor.discord;

import static dev.careeradvisor.discord.DiscordPayloads.APPLICATION_ID;
import static dev.careeradvisor.discord.DiscordPayloads.JSON;
import static dev.careeradvisor.discord.DiscordPayloads.array;
import static dev.careeradvisor.discord.DiscordPayloads.error;
import static dev.careeradvisor.discord.DiscordPayloads.object;
import static dev.careeradvisor.discord.DiscordPayloads.snowflake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careeradvisor.discord.FakeDiscord.Call;
import dev.careeradvisor.discord.FakeDiscord.Reply;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The REST API of {@link FakeDiscord} under /api/v10: the bot user, the gateway, command registration, interaction
 * callbacks and the interaction webhooks. It records every call, keeps the messages the bot shows, and refuses the
 * token or answers 429 when told to.
 */
final class FakeRest {

    /** An interaction the fake delivered, and what the bot has done with it so far. */
    static final class Exchange {
        final long id;
        final int type;
        final long channelId;
        final Long pressedMessageId;
        final ObjectNode metadata;
        volatile Integer callbackType;
        volatile boolean ephemeral;
        volatile Long messageId;
        volatile boolean originalShown;
        volatile Reply reply;

        Exchange(long id, int type, long channelId, Long pressedMessageId, ObjectNode metadata) {
            this.id = id;
            this.type = type;
            this.channelId = channelId;
            this.pressedMessageId = pressedMessageId;
            this.metadata = metadata;
        }

        boolean answeredWithoutMessage() {
            Integer type = callbackType;
            return type != null && (type == 8 || type == 9);
        }
    }

    record Upload(String filename, byte[] bytes, String contentType) {
    }

    private record Body(JsonNode json, Map<Integer, Upload> uploads) {
        Map<String, byte[]> files() {
            Map<String, byte[]> files = new LinkedHashMap<>();
            uploads.values().forEach(upload -> files.put(upload.filename(), upload.bytes()));
            return files;
        }
    }

    private record RateLimit(String prefix, double seconds) {
    }

    private static final Pattern CALLBACK = Pattern.compile("/interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern WEBHOOK = Pattern.compile("/webhooks/(\\d+)/([^/]+)(?:/messages/([^/]+))?");
    private static final Pattern COMMANDS = Pattern.compile("/applications/(\\d+)(?:/guilds/(\\d+))?/commands");
    private static final Pattern FILE_PART = Pattern.compile("files\\[(\\d+)]");

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final Map<Long, Exchange> exchanges = new ConcurrentHashMap<>();
    final Map<Long, ObjectNode> messages = new ConcurrentHashMap<>();
    final Map<String, ArrayNode> commands = new ConcurrentHashMap<>();
    final Map<String, byte[]> served = new ConcurrentHashMap<>();
    final List<RateLimit> rateLimits = new CopyOnWriteArrayList<>();
    volatile boolean refuseToken;
    private final Function<String, HttpUrl> urls;
    private final Supplier<String> gatewayUrl;

    FakeRest(Function<String, HttpUrl> urls, Supplier<String> gatewayUrl) {
        this.urls = urls;
        this.gatewayUrl = gatewayUrl;
    }

    void rateLimitNext(String pathPrefix, double seconds) {
        rateLimits.add(new RateLimit(pathPrefix, seconds));
    }

    /** Answers one request to {@code apiPath} (the path after /api/v10) and records it. */
    MockResponse handle(RecordedRequest request, String apiPath) {
        Body body = parse(request);
        String query = request.getUrl().query();
        MockResponse response = answer(request.getMethod(), apiPath, query, body);
        calls.add(new Call(request.getMethod(), apiPath, query, response.getCode(), body.json(), body.files(), request.getHeaders()));
        return response;
    }

    private MockResponse answer(String method, String path, String query, Body body) {
        for (RateLimit limit : rateLimits) {
            if (path.startsWith(limit.prefix()) && rateLimits.remove(limit)) {
                return tooManyRequests(limit.seconds());
            }
        }
        if (refuseToken) {
            return json(401, error("401: Unauthorized", 0));
        }
        Matcher m;
        if (method.equals("GET") && path.equals("/users/@me")) {
            return json(200, DiscordPayloads.botUser());
        } else if (method.equals("GET") && path.equals("/gateway/bot")) {
            ObjectNode gatewayBot = object().put("url", gatewayUrl.get()).put("shards", 1);
            gatewayBot.putObject("session_start_limit").put("total", 1000).put("remaining", 1000).put("reset_after", 0)
                    .put("max_concurrency", 1);
            return json(200, gatewayBot);
        } else if (method.equals("GET") && path.equals("/gateway")) {
            return json(200, object().put("url", gatewayUrl.get()));
        } else if ((m = COMMANDS.matcher(path)).matches() && (method.equals("GET") || method.equals("PUT"))) {
            return commands(method, m.group(2), body.json());
        } else if ((m = CALLBACK.matcher(path)).matches() && method.equals("POST")) {
            return callback(Long.parseLong(m.group(1)), m.group(2), body, query != null && query.contains("with_response=true"));
        } else if ((m = WEBHOOK.matcher(path)).matches()) {
            return webhook(method, m.group(2), m.group(3), body);
        }
        return json(404, error("Unknown", 0));
    }

    private MockResponse commands(String method, String guildId, JsonNode sent) {
        String scope = guildId == null ? "global" : guildId;
        ArrayNode previous = commands.getOrDefault(scope, array());
        if (method.equals("GET")) {
            return json(200, previous);
        }
        ArrayNode echoed = array();
        for (JsonNode command : sent == null ? array() : sent) {
            ObjectNode copy = ((ObjectNode) command).deepCopy();
            String name = copy.path("name").asString();
            int type = copy.path("type").asInt(1);
            String id = previous.valueStream().filter(c -> c.path("name").asString().equals(name) && c.path("type").asInt(1) == type)
                    .map(c -> c.path("id").asString()).findFirst().orElse(Long.toString(snowflake()));
            copy.put("id", id).put("application_id", Long.toString(APPLICATION_ID)).put("version", Long.toString(snowflake()))
                    .put("type", type);
            if (guildId != null) {
                copy.put("guild_id", guildId);
            }
            if (!copy.has("default_member_permissions")) {
                copy.putNull("default_member_permissions");
            }
            echoed.add(copy);
        }
        commands.put(scope, echoed);
        return json(200, echoed);
    }

    private MockResponse callback(long id, String token, Body body, boolean withResponse) {
        Exchange exchange = exchanges.get(id);
        if (exchange == null || !token.equals("tok-" + id)) {
            return json(404, error("Unknown interaction", 10062));
        }
        int type = body.json() == null ? 0 : body.json().path("type").asInt();
        JsonNode data = body.json() == null ? object() : body.json().path("data");
        synchronized (exchange) {
            if (exchange.callbackType != null) {
                return json(400, error("Interaction has already been acknowledged.", 40060));
            }
            exchange.ephemeral = (data.path("flags").asInt(0) & 64) != 0;
            if (type == 4 || type == 5) {
                long messageId = snowflake();
                ObjectNode message = DiscordPayloads.message(messageId, exchange.channelId, exchange.metadata.deepCopy(),
                        exchange.type == 2 ? 20 : 0);
                messages.put(messageId, message);
                apply(message, type == 4 ? new Body(data, body.uploads()) : new Body(object(), Map.of()), false);
                message.put("flags", message.path("flags").asInt() | (type == 5 ? 128 : 0) | (exchange.ephemeral ? 64 : 0));
                exchange.messageId = messageId;
            } else if (type == 6 || type == 7) {
                exchange.messageId = exchange.pressedMessageId;
                ObjectNode message = exchange.messageId == null ? null : messages.get(exchange.messageId);
                if (type == 7 && message != null) {
                    apply(message, new Body(data, body.uploads()), true);
                    exchange.ephemeral = (message.path("flags").asInt() & 64) != 0;
                }
            }
            exchange.callbackType = type;
            if (type == 4 || type == 7) {
                exchange.reply = new Reply(type, exchange.messageId, data, exchange.ephemeral, body.files());
            }
        }
        if (!withResponse) {
            return new MockResponse.Builder().code(204).build();
        }
        ObjectNode response = object();
        ObjectNode interaction = response.putObject("interaction").put("id", Long.toString(id)).put("type", exchange.type)
                .put("response_message_loading", type == 5).put("response_message_ephemeral", exchange.ephemeral);
        if (exchange.messageId != null) {
            interaction.put("response_message_id", exchange.messageId.toString());
        }
        ObjectNode resource = response.putObject("resource").put("type", type);
        if ((type == 4 || type == 7) && exchange.messageId != null && messages.containsKey(exchange.messageId)) {
            resource.set("message", messages.get(exchange.messageId));
        }
        return json(200, response);
    }

    private MockResponse webhook(String method, String token, String target, Body body) {
        Exchange exchange = token.startsWith("tok-") ? exchanges.get(Long.parseLong(token.substring(4))) : null;
        if (exchange == null) {
            return json(404, error("Unknown Webhook", 10015));
        }
        synchronized (exchange) {
            Long id;
            if (target == null && method.equals("POST")) {
                // The first follow-up after a deferred reply replaces the loading message, as on Discord.
                if (Integer.valueOf(5).equals(exchange.callbackType) && !exchange.originalShown) {
                    id = exchange.messageId;
                } else {
                    id = snowflake();
                    messages.put(id, DiscordPayloads.message(id, exchange.channelId, exchange.metadata.deepCopy(), 0));
                }
            } else if (target != null) {
                id = target.equals("@original") ? exchange.messageId : Long.valueOf(target);
            } else {
                return json(404, error("Unknown", 0));
            }
            ObjectNode message = id == null ? null : messages.get(id);
            if (message == null) {
                return json(404, error("Unknown Message", 10008));
            } else if (method.equals("GET")) {
                return json(200, message);
            } else if (method.equals("DELETE")) {
                messages.remove(id);
                return new MockResponse.Builder().code(204).build();
            }
            apply(message, body, target != null);
            if (id.equals(exchange.messageId)) {
                exchange.originalShown = true;
            }
            if (exchange.reply == null) {
                boolean ephemeral = (message.path("flags").asInt() & 64) != 0;
                int callbackType = exchange.callbackType == null ? 0 : exchange.callbackType;
                exchange.reply = new Reply(callbackType, id, body.json(), ephemeral, body.files());
            }
            return json(200, message);
        }
    }

    /** Applies what the bot sent to a stored message: content, embeds, components, flags, attachments. */
    private void apply(ObjectNode message, Body body, boolean edit) {
        JsonNode data = body.json() == null ? object() : body.json();
        for (String field : List.of("content", "embeds", "components", "poll")) {
            if (data.has(field)) {
                message.set(field, data.get(field).deepCopy());
            }
        }
        message.path("embeds").forEach(embed -> {
            if (embed instanceof ObjectNode object && !object.has("type")) {
                object.put("type", "rich");
            }
        });
        DiscordPayloads.numberComponents(message.path("components"), new int[] {1});
        int kept = message.path("flags").asInt() & 64;
        message.put("flags", (data.has("flags") ? data.path("flags").asInt() : message.path("flags").asInt() & ~128) | kept);
        if (data.has("attachments") || !body.uploads().isEmpty()) {
            Map<String, JsonNode> existing = new LinkedHashMap<>();
            message.path("attachments").forEach(a -> existing.put(a.path("id").asString(), a));
            ArrayNode result = array();
            if (data.has("attachments")) {
                for (JsonNode wanted : data.get("attachments")) {
                    String id = wanted.path("id").asString();
                    Upload upload = id.matches("\\d{1,4}") ? body.uploads().get(Integer.parseInt(id)) : null;
                    if (existing.containsKey(id)) {
                        result.add(existing.get(id));
                    } else if (upload != null) {
                        result.add(serve(upload, wanted.path("description").asString(null)));
                    }
                }
            } else {
                body.uploads().values().forEach(upload -> result.add(serve(upload, null)));
            }
            message.set("attachments", result);
        }
        if (edit) {
            message.put("edited_timestamp", DiscordPayloads.now());
        }
    }

    ObjectNode serve(Upload upload, String description) {
        long id = snowflake();
        HttpUrl url = urls.apply("/attachments/" + id + "/").newBuilder().addPathSegment(upload.filename()).build();
        served.put("/attachments/" + id + "/" + upload.filename(), upload.bytes());
        ObjectNode attachment = object().put("id", Long.toString(id)).put("filename", upload.filename())
                .put("size", upload.bytes().length).put("url", url.toString()).put("proxy_url", url.toString())
                .put("content_type", upload.contentType() == null ? "application/octet-stream" : upload.contentType());
        return description == null || description.isEmpty() ? attachment : attachment.put("description", description);
    }

    private static MockResponse tooManyRequests(double seconds) {
        // JDA reads Retry-After as whole seconds; a "via" header tells a route limit from a Cloudflare ban, and any
        // X-RateLimit-Global header at all (even "false") would mark the limit global, so it is left out.
        return new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
                .setHeader("Retry-After", (long) Math.ceil(seconds)).setHeader("X-RateLimit-Scope", "user")
                .setHeader("X-RateLimit-Limit", 5).setHeader("X-RateLimit-Remaining", 0)
                .setHeader("X-RateLimit-Reset-After", seconds).setHeader("X-RateLimit-Bucket", "fake-bucket")
                .setHeader("Via", "1.1 google")
                .body(JSON.writeValueAsString(object().put("message", "You are being rate limited.").put("retry_after", seconds)
                        .put("global", false)))
                .build();
    }

    private static MockResponse json(int code, JsonNode body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body(JSON.writeValueAsString(body)).build();
    }

    private static Body parse(RecordedRequest request) {
        ByteString raw = request.getBody();
        if (raw == null || raw.size() == 0) {
            return new Body(null, Map.of());
        }
        MediaType type = MediaType.parse(Objects.toString(request.getHeaders().get("Content-Type"), ""));
        if (type == null || !type.type().equals("multipart")) {
            try {
                return new Body(JSON.readTree(raw.toByteArray()), Map.of());
            } catch (JacksonException e) {
                return new Body(null, Map.of());
            }
        }
        JsonNode json = null;
        Map<Integer, Upload> uploads = new TreeMap<>();
        try (MultipartReader reader = new MultipartReader(new Buffer().write(raw), type.parameter("boundary"))) {
            for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                String disposition = Objects.toString(part.headers().get("Content-Disposition"), "");
                String name = attribute(disposition, "name");
                byte[] bytes = part.body().readByteArray();
                Matcher file = FILE_PART.matcher(Objects.toString(name, ""));
                if ("payload_json".equals(name)) {
                    json = JSON.readTree(bytes);
                } else if (file.matches()) {
                    uploads.put(Integer.parseInt(file.group(1)),
                            new Upload(attribute(disposition, "filename"), bytes, part.headers().get("Content-Type")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Body(json, uploads);
    }

    private static String attribute(String disposition, String key) {
        Matcher m = Pattern.compile("(?:^|;)\\s*" + key + "=\"([^\"]*)\"").matcher(disposition);
        return m.find() ? m.group(1) : null;
    }
}
