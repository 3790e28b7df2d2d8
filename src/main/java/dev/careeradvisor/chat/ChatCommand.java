package dev.careeradvisor.chat;

import java.util.List;

/**
 * One command of the bot, the same on every platform. Implementations are small beans gathered by
 * the {@link CommandRegistry}; they take a platform-neutral call and return a reply, never throw to
 * the user.
 */
public interface ChatCommand {

    /** The name typed after the slash; lower case letters, digits and hyphens. */
    String name();

    /** Other names that mean the same command. */
    default List<String> aliases() {
        return List.of();
    }

    Reply handle(Actor actor, List<String> arguments);
}
