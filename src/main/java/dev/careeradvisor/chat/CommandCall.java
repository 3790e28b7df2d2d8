package dev.careeradvisor.chat;

import java.util.List;

/** A command and its arguments: what a button, an option or a typed line asks the bot to do. */
public record CommandCall(String command, List<String> arguments) {

    public CommandCall {
        arguments = List.copyOf(arguments);
    }

    private static final String SEPARATOR = "\u001f";

    public static CommandCall of(String command, String... arguments) {
        return new CommandCall(command, List.of(arguments));
    }

    /** The call as one string, for storing several calls under one component key; {@link #unpack} reads it back. */
    public String packed() {
        return command + (arguments.isEmpty() ? "" : SEPARATOR + String.join(SEPARATOR, arguments));
    }

    public static CommandCall unpack(String packed) {
        List<String> parts = List.of(packed.split(SEPARATOR, -1));
        return new CommandCall(parts.get(0), parts.subList(1, parts.size()));
    }
}
