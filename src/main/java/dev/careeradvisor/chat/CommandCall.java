package dev.careeradvisor.chat;

import java.util.List;

/** A command and its arguments: what a button, an option or a typed line asks the bot to do. */
public record CommandCall(String command, List<String> arguments) {

    public CommandCall {
        arguments = List.copyOf(arguments);
    }

    public static CommandCall of(String command, String... arguments) {
        return new CommandCall(command, List.of(arguments));
    }
}
