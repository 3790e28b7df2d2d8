package dev.careeradvisor.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a guided dialogue (a quiz, an add-role form) stands for one person in one community, kept
 * in the database so that a restart or another instance can carry on, until it expires.
 */
public class ConversationStore {

    private static final String NO_COMMUNITY = "-";
    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ConversationStore(JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A dialogue's name, its current step and the answers so far. */
    public record Conversation(String dialogue, String step, Map<String, String> answers, Instant expiresAt) {
        public Conversation {
            answers = Map.copyOf(answers);
        }
    }

    public void save(Actor actor, String dialogue, String step, Map<String, String> answers, Duration lifespan) {
        transactions.executeWithoutResult(status -> {
            end(actor);
            jdbc.sql("insert into conversation (actor_key, community, dialogue, step, answers, expires_at) values (?, ?, ?, ?, ?, ?)")
                    .params(actor.key(), community(actor), dialogue, step, json.writeValueAsString(answers),
                            OffsetDateTime.ofInstant(clock.instant().plus(lifespan), ZoneOffset.UTC))
                    .update();
        });
    }

    /** The person's dialogue in this community, while it has not expired. */
    public Optional<Conversation> load(Actor actor) {
        return jdbc.sql("select * from conversation where actor_key = ? and community = ?").params(actor.key(), community(actor))
                .query((rs, n) -> new Conversation(rs.getString("dialogue"), rs.getString("step"),
                        json.readValue(rs.getString("answers"), ANSWERS), rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional()
                .filter(conversation -> conversation.expiresAt().isAfter(clock.instant()));
    }

    public void end(Actor actor) {
        jdbc.sql("delete from conversation where actor_key = ? and community = ?").params(actor.key(), community(actor)).update();
    }

    /** Deletes expired dialogues; returns how many. */
    public int purgeExpired() {
        return jdbc.sql("delete from conversation where expires_at <= ?")
                .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
    }

    private static String community(Actor actor) {
        return actor.community() == null ? NO_COMMUNITY : actor.community();
    }
}
