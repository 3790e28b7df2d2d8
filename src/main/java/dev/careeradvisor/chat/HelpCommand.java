package dev.careeradvisor.chat;

import java.util.List;

import org.springframework.context.support.MessageSourceAccessor;

/** {@code help}: what the bot can do, with a button for each everyday command. */
final class HelpCommand implements ChatCommand {

    static final List<String> LISTED = List.of("compare", "role", "roles", "advise", "suggest", "help");

    private final MessageSourceAccessor messages;
    private final java.util.Set<String> available;

    /** @param available the names of the commands this bot has; help lists only those */
    HelpCommand(MessageSourceAccessor messages, java.util.Set<String> available) {
        this.messages = messages;
        this.available = java.util.Set.copyOf(available);
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public List<String> aliases() {
        return List.of("start");
    }

    @Override
    public Reply handle(Actor actor, List<String> arguments) {
        List<Card.Field> fields = LISTED.stream().filter(command -> command.equals(name()) || available.contains(command))
                .map(command -> new Card.Field(messages.getMessage("help." + command + ".usage"),
                        messages.getMessage("help." + command + ".text"), false))
                .toList();
        List<Action> actions = List.of(
                new Action.Button(messages.getMessage("action.allRoles"), CommandCall.of("roles")),
                new Action.Button(messages.getMessage("help.example.label"), CommandCall.of("compare", "routing", "middleware")));
        return Reply.of(new Card(messages.getMessage("help.title"), messages.getMessage("help.description"), Card.Colour.HELP,
                fields, messages.getMessage("help.footer"), actions), null);
    }
}
