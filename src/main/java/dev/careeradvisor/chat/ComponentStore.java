package dev.careeradvisor.chat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What buttons and menu options ask for, under short keys: a platform puts the key in its component
 * id (Discord allows 100 characters, Telegram 64 bytes), whatever the role names, and any instance
 * can look it up, also after a restart, until it expires.
 */
public class ComponentStore {

    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int KEY_LENGTH = 16;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Keys made here lately, so that a press on this instance's recent cards needs no database round trip. */
    private final Cache<String, StoredCall> recent = Caffeine.newBuilder().maximumSize(50_000).build();

    public ComponentStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A call as stored: who may change the card it sits on in place, and until when it works. */
    public record StoredCall(CommandCall call, String requester, Instant expiresAt) {
    }

    /** Stores the call for the requester and returns its key (16 characters of [A-Za-z2-9]). */
    public String remember(CommandCall call, Actor requester, Duration lifespan) {
        String key = newKey();
        jdbc.sql("insert into component_ref (ref_key, command, arguments, requester, expires_at) values (?, ?, ?, ?, ?)")
                .params(key, call.command(), json.writeValueAsString(call.arguments()), requester.key(),
                        OffsetDateTime.ofInstant(clock.instant().plus(lifespan), ZoneOffset.UTC))
                .update();
        recent.put(key, new StoredCall(call, requester.key(), clock.instant().plus(lifespan)));
        return key;
    }

    /** The call a key stands for, while it has not expired. */
    public Optional<StoredCall> recall(String key) {
        StoredCall cached = recent.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached).filter(stored -> stored.expiresAt().isAfter(clock.instant()));
        }
        return jdbc.sql("select * from component_ref where ref_key = ?").param(key)
                .query((rs, n) -> new StoredCall(new CommandCall(rs.getString("command"), json.readValue(rs.getString("arguments"), STRINGS)),
                        rs.getString("requester"), rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional()
                .filter(stored -> stored.expiresAt().isAfter(clock.instant()));
    }

    /**
     * A press of a stored component: the call it stands for, and whether the person who pressed is the
     * one it was made for. Only their press may change the card in place; platforms answer anyone else
     * in their own way (a card of their own, a short notice).
     */
    public record Press(CommandCall call, boolean byRequester) {
    }

    /** What pressing the component with this key means for this person, while the key has not expired. */
    public Optional<Press> press(String key, Actor presser) {
        return recall(key).map(stored -> new Press(stored.call(), stored.requester().equals(presser.key())));
    }

    /** Deletes expired keys; returns how many. */
    public int purgeExpired() {
        recent.asMap().values().removeIf(stored -> !stored.expiresAt().isAfter(clock.instant()));
        return jdbc.sql("delete from component_ref where expires_at <= ?")
                .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
    }

    private String newKey() {
        char[] key = new char[KEY_LENGTH];
        for (int i = 0; i < key.length; i++) {
            key[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(key);
    }
}
