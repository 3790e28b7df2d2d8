package dev.careeradvisor.chat;

import java.util.List;
import java.util.stream.Collectors;

import dev.careeradvisor.admin.AdminResult;
import dev.careeradvisor.admin.AuditEntry;
import org.springframework.context.support.MessageSourceAccessor;

/** Admin outcomes as replies: a short card when a change landed, an error naming every problem otherwise. */
final class AdminReplies {

    private final MessageSourceAccessor messages;

    AdminReplies(MessageSourceAccessor messages) {
        this.messages = messages;
    }

    Reply of(AdminResult result) {
        if (result.applied()) {
            String footer = result.version() > 0 ? messages.getMessage("admin.card.version", new Object[] {result.version()}) : "";
            List<Action> actions = result.role() == null ? List.of()
                    : List.of(new Action.Button(result.role().name(), CommandCall.of("role", result.role().slug())));
            return Reply.of(new Card(result.message(), null, Card.Colour.ROLE, List.of(), footer, actions), result);
        }
        String problems = result.violations().stream().map(v -> "\n  " + v.field() + ": " + v.rule() + " (" + v.source() + ")")
                .collect(Collectors.joining());
        return Reply.error(problem(result.status()), result.message() + problems);
    }

    Card history(String name, List<AuditEntry> entries) {
        String lines = entries.stream()
                .map(e -> messages.getMessage("admin.card.historyEntry", new Object[] {e.id(), e.at().toLocalDateTime().withNano(0).toString().replace('T', ' '),
                        e.action(), e.outcome().key(), e.actorName() == null ? e.actorId() : e.actorName(), e.actorPlatform() + ":" + e.actorId(),
                        e.detail() == null ? "" : " — " + e.detail()}))
                .collect(Collectors.joining("\n"));
        return new Card(messages.getMessage("admin.card.history", new Object[] {name}), null, Card.Colour.ROLE,
                List.of(new Card.Field(messages.getMessage("admin.card.entries", new Object[] {entries.size()}),
                        lines.isEmpty() ? messages.getMessage("card.none") : lines, false)),
                messages.getMessage("admin.card.historyFooter"), List.of());
    }

    private static Reply.Problem problem(AdminResult.Status status) {
        return switch (status) {
            case REFUSED -> Reply.Problem.FORBIDDEN;
            case INVALID -> Reply.Problem.INVALID;
            case CONFLICT -> Reply.Problem.CONFLICT;
            case NOT_FOUND -> Reply.Problem.UNRESOLVED;
            case APPLIED -> throw new IllegalArgumentException("an applied result is no error");
        };
    }
}
