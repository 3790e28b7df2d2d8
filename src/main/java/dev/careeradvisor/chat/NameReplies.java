package dev.careeradvisor.chat;

import java.util.List;
import java.util.function.Function;

import dev.careeradvisor.catalog.NameResolution;
import dev.careeradvisor.catalog.PairResolution;
import dev.careeradvisor.catalog.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;

/** "Did you mean" replies: what did not resolve, with the closest names as actions to press. */
final class NameReplies {

    private final MessageSourceAccessor messages;

    NameReplies(MessageSourceAccessor messages) {
        this.messages = messages;
    }

    /** A name that resolved to several roles or none; each suggestion becomes the call {@code retry} makes of it. */
    Reply unresolved(String name, NameResolution resolution, Function<Role, CommandCall> retry) {
        return unresolved(name, resolution, null, retry);
    }

    /** As above, leaving out {@code other}: the role the other name of a pair already means. */
    Reply unresolved(String name, NameResolution resolution, @Nullable Role other, Function<Role, CommandCall> retry) {
        boolean ambiguous = resolution instanceof NameResolution.Ambiguous;
        List<Role> closest = (ambiguous
                ? ((NameResolution.Ambiguous) resolution).candidates()
                : ((NameResolution.NotFound) resolution).suggestions())
                .stream().filter(role -> other == null || !role.sameEntryAs(other)).toList();
        String message = messages.getMessage(ambiguous ? "chat.ambiguous" : "chat.unknown", new Object[] {name});
        List<Action> actions = closest.stream()
                .<Action>map(role -> new Action.Button(role.name(), retry.apply(role)))
                .toList();
        return Reply.error(Reply.Problem.UNRESOLVED, message, actions);
    }

    /** A text that reads as several pairs: offer each. */
    Reply choices(PairResolution.Choices choices) {
        List<Action> actions = choices.pairs().stream()
                .<Action>map(pair -> new Action.Button(messages.getMessage("action.pair", new Object[] {pair.a().name(), pair.b().name()}),
                        CommandCall.of("compare", pair.a().slug(), pair.b().slug())))
                .toList();
        return Reply.error(Reply.Problem.UNRESOLVED, messages.getMessage("chat.choosePair"), actions);
    }
}
