package dev.careeradvisor.admin;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.careeradvisor.catalog.Scope;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The suggestions queue: anyone may ask for a missing role or report a wrong figure (a few an hour);
 * the community's moderators list, accept or dismiss them, and the person who asked is told through
 * a {@link SuggestionHandled} event, which platforms that can reach them listen to.
 */
public class Suggestions {

    private static final int MAX_TEXT = 1000;

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor messages;
    private final int perHour;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(2)).maximumSize(100_000).build();

    Suggestions(JdbcClient jdbc, Permissions permissions, ApplicationEventPublisher events, MessageSourceAccessor messages, int perHour) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.events = events;
        this.messages = messages;
        this.perHour = perHour;
    }

    /** One open or handled suggestion. */
    public record Suggestion(long id, String scope, String text, String platform, String userId, String userName, String status) {
    }

    public AdminResult suggest(Editor editor, Scope scope, String text) {
        String shown = text.strip();
        if (shown.isEmpty() || shown.length() > MAX_TEXT) {
            return AdminResult.failed(AdminResult.Status.INVALID, messages.getMessage("suggest.usage", new Object[] {MAX_TEXT}));
        }
        Bucket bucket = buckets.get(editor.ownerKey(), key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build()).build());
        if (!bucket.tryConsume(1)) {
            return AdminResult.failed(AdminResult.Status.REFUSED, messages.getMessage("suggest.slowDown"));
        }
        jdbc.sql("""
                insert into suggestion (scope, text, actor_platform, actor_id, actor_name, status, created_at)
                values (?, ?, ?, ?, ?, 'open', ?)""")
                .params(scope.id(), shown, editor.platform(), editor.userId(), editor.displayName(), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return AdminResult.applied(messages.getMessage("suggest.thanks"), null, 0);
    }

    /** The open suggestions of a scope, for those who may change it. */
    public Optional<List<Suggestion>> open(Editor editor, Scope scope) {
        if (permissions.refusal(editor, scope).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select * from suggestion where scope = ? and status = 'open' order by id").param(scope.id())
                .query((rs, n) -> new Suggestion(rs.getLong("id"), rs.getString("scope"), rs.getString("text"),
                        rs.getString("actor_platform"), rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("status")))
                .list());
    }

    public AdminResult accept(Editor editor, Scope scope, long id) {
        return handle(editor, scope, id, "accepted");
    }

    public AdminResult dismiss(Editor editor, Scope scope, long id) {
        return handle(editor, scope, id, "dismissed");
    }

    private AdminResult handle(Editor editor, Scope scope, long id, String status) {
        Optional<String> refusal = permissions.refusal(editor, scope);
        if (refusal.isPresent()) {
            return AdminResult.failed(AdminResult.Status.REFUSED, refusal.get());
        }
        Optional<Suggestion> suggestion = jdbc.sql("select * from suggestion where id = ? and scope = ? and status = 'open'")
                .params(id, scope.id())
                .query((rs, n) -> new Suggestion(rs.getLong("id"), rs.getString("scope"), rs.getString("text"),
                        rs.getString("actor_platform"), rs.getString("actor_id"), rs.getString("actor_name"), status))
                .optional();
        if (suggestion.isEmpty()) {
            return AdminResult.failed(AdminResult.Status.NOT_FOUND, messages.getMessage("suggest.notFound", new Object[] {id}));
        }
        jdbc.sql("update suggestion set status = ?, handled_by = ?, handled_at = ? where id = ?")
                .params(status, editor.ownerKey(), OffsetDateTime.now(ZoneOffset.UTC), id).update();
        events.publishEvent(new SuggestionHandled(suggestion.get().platform(), suggestion.get().userId(), scope, suggestion.get().text(), status));
        return AdminResult.applied(messages.getMessage("suggest." + status, new Object[] {id, suggestion.get().text()}), null, 0);
    }

    /** Published when a suggestion is accepted or dismissed, so that its author can be told where the platform allows. */
    public record SuggestionHandled(String platform, String userId, Scope scope, String text, String status) {
    }
}
