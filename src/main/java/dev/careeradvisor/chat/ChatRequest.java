package dev.careeradvisor.chat;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One thing someone said to the bot: either free text ("routing vs middleware", "/compare a b") or a
 * command already parsed by the platform (a slash command, a pressed button).
 */
public record ChatRequest(Actor actor, @Nullable String text, @Nullable CommandCall call) {

    public ChatRequest {
        if ((text == null) == (call == null)) {
            throw new IllegalArgumentException("a request is either text or a command");
        }
    }

    public static ChatRequest text(Actor actor, String text) {
        return new ChatRequest(actor, text, null);
    }

    public static ChatRequest command(Actor actor, String command, List<String> arguments) {
        return new ChatRequest(actor, null, new CommandCall(command, arguments));
    }

    public static ChatRequest call(Actor actor, CommandCall call) {
        return new ChatRequest(actor, null, call);
    }
}
