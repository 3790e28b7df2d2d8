package dev.careeradvisor.chat;

import java.util.List;

import dev.careeradvisor.admin.Suggestions;
import org.springframework.context.support.MessageSourceAccessor;

/** {@code suggest TEXT}: asks the community's moderators for a missing role or reports a wrong figure. */
final class SuggestCommand implements ChatCommand {

    private final Suggestions suggestions;
    private final AdminReplies replies;
    private final MessageSourceAccessor messages;

    SuggestCommand(Suggestions suggestions, AdminReplies replies, MessageSourceAccessor messages) {
        this.suggestions = suggestions;
        this.replies = replies;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "suggest";
    }

    @Override
    public Reply handle(Actor actor, List<String> arguments) {
        String text = String.join(" ", arguments).strip();
        if (text.isEmpty()) {
            return Reply.error(Reply.Problem.USAGE, messages.getMessage("suggest.usage", new Object[] {1000}));
        }
        return replies.of(suggestions.suggest(Editors.of(actor), Scopes.of(actor), text));
    }
}
