package dev.careeradvisor.telegram;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Telegram Bot API on loopback for tests: it answers the methods the bot uses, hands out queued
 * updates through long polling, records every call, and can answer 429 or 500 on demand.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123:fake-test-token";
    static final String USERNAME = "CareerTestBot";

    static final List<String> METHODS = List.of("getMe", "getUpdates", "sendMessage", "editMessageText", "editMessageReplyMarkup",
            "answerCallbackQuery", "getChatMember", "setMyCommands", "deleteWebhook", "setWebhook", "answerInlineQuery", "sendDocument");

    public record Call(String method, JsonNode body, Instant at) {
    }

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().build();
    private final LinkedBlockingQueue<String> updates = new LinkedBlockingQueue<>();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> tooManyRequests = new ConcurrentHashMap<>();
    final Map<Long, String> memberStatus = new ConcurrentHashMap<>();
    volatile int failAll;
    final Map<String, String> files = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(100);
    private final AtomicInteger updateIds = new AtomicInteger(1000);

    public FakeBotApi() throws IOException {
        // Without it, the JDK server's small writes meet delayed ACKs and every call waits about 40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/bot" + TOKEN + "/", this::answer);
        server.createContext("/file/bot" + TOKEN + "/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring(("/file/bot" + TOKEN + "/").length());
            String content = files.get(path);
            if (content == null) {
                respond(exchange, 404, "{}");
            } else {
                respond(exchange, 200, content);
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an update; returns its id. The JSON is the update without its id. */
    public int push(String updateWithoutId) {
        int id = updateIds.incrementAndGet();
        updates.add("{\"update_id\":" + id + "," + updateWithoutId.strip().substring(1));
        return id;
    }

    /** Delivers again the last update taken, as Telegram does when the offset was not confirmed. */
    void redeliverLast() {
        updates.add(delivered.get(delivered.size() - 1));
    }

    public static String privateText(long userId, String text) {
        return "{\"message\":{\"message_id\":1,\"date\":1764583200,\"chat\":{\"id\":" + userId + ",\"type\":\"private\"},"
                + "\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"Pat\"},\"text\":" + quote(text) + "}}";
    }

    static String groupText(long chatId, long userId, String text) {
        return "{\"message\":{\"message_id\":1,\"date\":1764583200,\"chat\":{\"id\":" + chatId + ",\"type\":\"supergroup\",\"title\":\"G\"},"
                + "\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"Gee\"},\"text\":" + quote(text) + "}}";
    }

    /** A group member's answer to one of the bot's messages (how answers reach a bot with privacy mode on). */
    static String groupReply(long chatId, long userId, String text) {
        return "{\"message\":{\"message_id\":2,\"date\":1764583200,\"chat\":{\"id\":" + chatId + ",\"type\":\"supergroup\",\"title\":\"G\"},"
                + "\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"Gee\"},\"text\":" + quote(text) + ","
                + "\"reply_to_message\":{\"message_id\":1,\"date\":1764583200,\"chat\":{\"id\":" + chatId + ",\"type\":\"supergroup\"},"
                + "\"from\":{\"id\":1,\"is_bot\":true,\"first_name\":\"Bot\",\"username\":\"" + USERNAME + "\"},\"text\":\"question\"}}}";
    }

    /** A message in a group with a file attached, as {@code /role_admin import} sends roles. */
    String groupDocument(long chatId, long userId, String caption, String fileContent) {
        String fileId = "f" + System.nanoTime();
        files.put("documents/" + fileId + ".yaml", fileContent);
        return "{\"message\":{\"message_id\":1,\"date\":1764583200,\"chat\":{\"id\":" + chatId + ",\"type\":\"supergroup\",\"title\":\"G\"},"
                + "\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"Gee\"},\"caption\":" + quote(caption) + ","
                + "\"document\":{\"file_id\":\"" + fileId + "\",\"file_unique_id\":\"u\",\"file_name\":\"roles.yaml\",\"file_size\":"
                + fileContent.length() + "}}}";
    }

    static String press(long chatId, long userId, int messageId, String data, String keyboardJson) {
        String chatType = chatId < 0 ? "supergroup" : "private";
        return "{\"callback_query\":{\"id\":\"cb" + System.nanoTime() + "\",\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"Pat\"},"
                + "\"chat_instance\":\"x\",\"data\":" + quote(data) + ",\"message\":{\"message_id\":" + messageId + ",\"date\":1764583200,"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"" + chatType + "\"},\"text\":\"card\",\"reply_markup\":" + keyboardJson + "}}}";
    }

    private static final JsonMapper QUOTER = JsonMapper.builder().build();

    static String quote(String text) {
        return QUOTER.writeValueAsString(text);
    }

    /** The calls of one method so far. */
    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits until a call of the method matches, or fails after ten seconds. */
    Call await(String method, Predicate<Call> match) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (Call call : calls(method)) {
                if (match.test(call)) {
                    return call;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + method + " call matched; calls were " + calls.stream().map(Call::method).toList());
    }

    private void answer(HttpExchange exchange) throws IOException {
        String called = exchange.getRequestURI().getPath().substring(("/bot" + TOKEN + "/").length());
        // The Bot API takes method names in any case; the client sends them in lower case.
        String method = METHODS.stream().filter(m -> m.equalsIgnoreCase(called)).findFirst().orElse(called);
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? json.createObjectNode() : parse(raw);
        calls.add(new Call(method, body, Instant.now()));
        if (failAll > 0) {
            failAll--;
            respond(exchange, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
            return;
        }
        AtomicInteger limited = tooManyRequests.get(method);
        if (limited != null && limited.getAndDecrement() > 0) {
            respond(exchange, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}");
            return;
        }
        switch (method) {
            case "getMe" -> ok(exchange, "{\"id\":1,\"is_bot\":true,\"first_name\":\"Career\",\"username\":\"" + USERNAME + "\"}");
            case "getUpdates" -> ok(exchange, poll(body));
            case "sendMessage", "editMessageText", "editMessageReplyMarkup" -> ok(exchange, message(body));
            case "getFile" -> ok(exchange, "{\"file_id\":" + quote(body.path("file_id").asString()) + ",\"file_unique_id\":\"u\",\"file_path\":\"documents/"
                    + body.path("file_id").asString() + ".yaml\"}");
            case "sendDocument" -> ok(exchange, "{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":1764583200,\"chat\":{\"id\":1,\"type\":\"private\"}}");
            case "getChatMember" -> ok(exchange, "{\"status\":\"" + memberStatus.getOrDefault(body.path("user_id").asLong(), "member")
                    + "\",\"user\":{\"id\":" + body.path("user_id").asLong() + ",\"is_bot\":false,\"first_name\":\"X\"}}");
            default -> ok(exchange, "true");
        }
    }

    private JsonNode parse(byte[] raw) {
        try {
            return json.readTree(raw);
        } catch (RuntimeException e) {
            ObjectNode form = json.createObjectNode();
            form.put("raw", new String(raw, StandardCharsets.UTF_8));
            return form;
        }
    }

    private String poll(JsonNode body) {
        long timeout = Math.min(2, body.path("timeout").asLong(0));
        List<String> batch = new ArrayList<>();
        try {
            String first = updates.poll(timeout, TimeUnit.SECONDS);
            if (first != null) {
                batch.add(first);
                updates.drainTo(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delivered.addAll(batch);
        return "[" + String.join(",", batch) + "]";
    }

    private String message(JsonNode body) {
        int id = body.has("message_id") ? body.path("message_id").asInt() : messageIds.incrementAndGet();
        long chat = body.path("chat_id").asLong();
        return "{\"message_id\":" + id + ",\"date\":1764583200,\"chat\":{\"id\":" + chat + ",\"type\":\"" + (chat < 0 ? "supergroup" : "private")
                + "\"},\"text\":" + quote(body.path("text").asString("")) + "}";
    }

    private static void ok(HttpExchange exchange, String result) throws IOException {
        respond(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
