package dev.careeradvisor.discord;

import static dev.careeradvisor.discord.DiscordPayloads.JSON;
import static dev.careeradvisor.discord.DiscordPayloads.object;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.zip.Deflater;

import dev.careeradvisor.discord.DiscordPayloads.Guild;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The gateway of {@link FakeDiscord}: HELLO on open, ACK for each heartbeat, READY and a GUILD_CREATE per guild for an
 * IDENTIFY, RESUMED for a RESUME of the current session, then dispatches with a rising sequence. Dispatches made while
 * no session is live wait and go out right after the next READY or RESUMED, as Discord replays what a resume missed.
 */
final class FakeGateway {

    static final int HEARTBEAT_INTERVAL = 41_250;

    private final Supplier<String> url;
    private final Supplier<Collection<Guild>> guilds;
    private final BooleanSupplier refuseToken;
    private final Runnable changed;
    private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
    private volatile Integer closeOnNextIdentify;
    // guarded by this
    private Socket current;
    private String sessionId;
    private int sequence;
    private int readies;
    private int resumes;
    private final List<Map.Entry<String, ObjectNode>> pending = new ArrayList<>();

    FakeGateway(Supplier<String> url, Supplier<Collection<Guild>> guilds, BooleanSupplier refuseToken, Runnable changed) {
        this.url = url;
        this.guilds = guilds;
        this.refuseToken = refuseToken;
        this.changed = changed;
    }

    /** The listener for one upgraded connection; {@code zlib} when JDA asked for compress=zlib-stream. */
    WebSocketListener connection(boolean zlib) {
        return new Socket(zlib);
    }

    synchronized void dispatch(String type, ObjectNode data) {
        if (!live() || !current.dispatch(type, data)) {
            pending.add(Map.entry(type, data));
        }
    }

    synchronized boolean live() {
        return current != null && current.live;
    }

    synchronized boolean ready() {
        return readies > 0 && live();
    }

    synchronized int resumes() {
        return resumes;
    }

    List<JsonNode> identifies() {
        return List.copyOf(identifies);
    }

    void closeOnNextIdentify(int code) {
        closeOnNextIdentify = code;
    }

    /** Closes the live connection with this close code. */
    void close(int code) {
        Socket socket;
        synchronized (this) {
            socket = Objects.requireNonNull(current, "no gateway connection");
            socket.live = false;
            current = null;
        }
        socket.webSocket.close(code, "fake close " + code);
    }

    private void onPayload(Socket socket, JsonNode payload) {
        JsonNode d = payload.path("d");
        Integer closeWith = null;
        synchronized (this) {
            switch (payload.path("op").asInt(-1)) {
                case 1 -> socket.send(object().put("op", 11));
                case 2 -> {
                    identifies.add(d);
                    closeWith = refuseToken.getAsBoolean() ? Integer.valueOf(4004) : closeOnNextIdentify;
                    closeOnNextIdentify = null;
                    if (closeWith == null) {
                        sessionId = "fake-session-" + identifies.size();
                        sequence = 0;
                        socket.live = true;
                        List<Guild> now = List.copyOf(guilds.get());
                        socket.dispatch("READY", DiscordPayloads.ready(now, sessionId, url.get(), d.path("shard")));
                        now.forEach(guild -> socket.dispatch("GUILD_CREATE", DiscordPayloads.guildCreate(guild)));
                        readies++;
                    }
                }
                case 6 -> {
                    if (refuseToken.getAsBoolean()) {
                        closeWith = 4004;
                    } else if (d.path("session_id").asString("").equals(sessionId)) {
                        resumes++;
                        socket.live = true;
                        socket.dispatch("RESUMED", object());
                    } else {
                        socket.send(object().put("op", 9).put("d", false));
                    }
                }
                default -> {
                    // presence (3), voice (4), member requests (8): nothing to answer
                }
            }
            if (socket.live && socket == current) {
                List<Map.Entry<String, ObjectNode>> waiting = new ArrayList<>(pending);
                pending.clear();
                waiting.forEach(event -> dispatch(event.getKey(), event.getValue()));
            }
        }
        if (closeWith != null) {
            socket.webSocket.close(closeWith, closeWith == 4004 ? "Authentication failed." : "fake close " + closeWith);
        }
        changed.run();
    }

    /** One connection; with zlib, every frame goes through its one Deflater and ends with a SYNC_FLUSH (00 00 ff ff). */
    private final class Socket extends WebSocketListener {
        private final Deflater deflater = new Deflater();
        private final boolean zlib;
        private volatile WebSocket webSocket;
        volatile boolean live;

        Socket(boolean zlib) {
            this.zlib = zlib;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            this.webSocket = webSocket;
            synchronized (FakeGateway.this) {
                current = this;
                ObjectNode hello = object().put("op", 10);
                hello.putObject("d").put("heartbeat_interval", HEARTBEAT_INTERVAL);
                send(hello);
            }
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            onPayload(this, JSON.readTree(text));
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            dropped();
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
            dropped();
        }

        private void dropped() {
            synchronized (FakeGateway.this) {
                live = false;
                if (current == this) {
                    current = null;
                }
            }
            changed.run();
        }

        /** Sends op 0 with the next sequence number; the caller holds the gateway's lock. */
        boolean dispatch(String type, ObjectNode data) {
            ObjectNode payload = object().put("op", 0).put("t", type).put("s", ++sequence);
            payload.set("d", data);
            return send(payload);
        }

        synchronized boolean send(ObjectNode payload) {
            byte[] json = JSON.writeValueAsBytes(payload);
            if (!zlib) {
                return webSocket.send(new String(json, StandardCharsets.UTF_8));
            }
            deflater.setInput(json);
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            do {
                n = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
                frame.write(chunk, 0, n);
            } while (n == chunk.length);
            return webSocket.send(ByteString.of(frame.toByteArray()));
        }
    }
}
