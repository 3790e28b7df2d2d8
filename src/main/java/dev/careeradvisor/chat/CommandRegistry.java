package dev.careeradvisor.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every command by name and alias; two commands claiming one name stop start-up. */
public final class CommandRegistry {

    private final Map<String, ChatCommand> byName = new LinkedHashMap<>();
    private final List<ChatCommand> commands;

    public CommandRegistry(List<ChatCommand> commands) {
        this.commands = List.copyOf(commands);
        for (ChatCommand command : commands) {
            register(command.name(), command);
            command.aliases().forEach(alias -> register(alias, command));
        }
    }

    private void register(String name, ChatCommand command) {
        ChatCommand previous = byName.putIfAbsent(name.toLowerCase(Locale.ROOT), command);
        if (previous != null) {
            throw new IllegalStateException("Two commands are named \"" + name + "\": "
                    + previous.getClass().getName() + " and " + command.getClass().getName());
        }
    }

    public Optional<ChatCommand> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The commands in the order they were registered. */
    public List<ChatCommand> commands() {
        return commands;
    }

    /** Every name and alias a user may type. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
