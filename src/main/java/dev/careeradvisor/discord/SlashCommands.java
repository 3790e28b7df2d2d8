package dev.careeradvisor.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.careeradvisor.chat.CommandCall;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The slash commands the bot registers, and what each invocation asks of the chat layer. The
 * admin command carries Manage Server as its default member permission; a server may grant it to
 * others, and the admin service still decides every call.
 */
final class SlashCommands {

    static final String ADMIN = "role-admin";

    private SlashCommands() {
    }

    static List<CommandData> definitions() {
        List<CommandData> commands = new ArrayList<>();
        commands.add(everyday(Commands.slash("compare", "Compare two careers side by side")
                .addOptions(role("role_a", "The first role"), role("role_b", "The second role"))));
        commands.add(everyday(Commands.slash("role", "One career's card").addOptions(role("name", "The role"))));
        commands.add(everyday(Commands.slash("roles", "The catalog, a page at a time")
                .addOption(OptionType.STRING, "category", "Only roles of this category", false)));
        commands.add(everyday(Commands.slash("advise", "Not sure which fits you? A five-question quiz")));
        commands.add(everyday(Commands.slash("suggest", "Ask for a missing role or report a wrong figure")
                .addOptions(new OptionData(OptionType.STRING, "text", "What is missing or wrong", true).setMaxLength(1000))));
        commands.add(everyday(Commands.slash("help", "What I can do")));
        commands.add(everyday(Commands.slash(ADMIN, "Moderators: add, edit, remove, import or export roles")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .addSubcommands(
                        new SubcommandData("add", "Add a role with a form, or from an attached YAML file").addOptions(file(false)),
                        new SubcommandData("edit", "Edit a role with a form, or replace it by an attached YAML file")
                                .addOptions(role("name", "The role to edit"), file(false)),
                        new SubcommandData("remove", "Retire a role (restore brings it back)").addOptions(role("name", "The role to retire")),
                        new SubcommandData("restore", "Bring back a retired role")
                                .addOption(OptionType.STRING, "name", "The retired role", true),
                        new SubcommandData("import", "Add or replace roles from an attached YAML file")
                                .addOptions(file(true), new OptionData(OptionType.BOOLEAN, "replace", "Replace roles of the same slug (default: yes)")),
                        new SubcommandData("export", "The roles as a YAML file")
                                .addOptions(new OptionData(OptionType.STRING, "name", "One role; leave out for all", false, true)),
                        new SubcommandData("history", "Who changed a role, and when").addOptions(role("name", "The role")))));
        return commands;
    }

    /** The same definitions give the same fingerprint, so an unchanged set is never registered again. */
    static String fingerprint(List<CommandData> commands) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            commands.forEach(command -> digest.update(command.toData().toString().getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The chat call an everyday command stands for (not the admin command, which may need a form or a file). */
    static CommandCall call(SlashCommandInteractionEvent event) {
        return switch (event.getName()) {
            case "compare" -> CommandCall.of("compare", text(event, "role_a"), text(event, "role_b"));
            case "role" -> CommandCall.of("role", text(event, "name"));
            case "roles" -> text(event, "category").isEmpty() ? CommandCall.of("roles") : CommandCall.of("roles", text(event, "category"));
            case "suggest" -> CommandCall.of("suggest", text(event, "text"));
            default -> CommandCall.of(event.getName());
        };
    }

    static String text(SlashCommandInteractionEvent event, String option) {
        OptionMapping mapping = event.getOption(option);
        return mapping == null ? "" : mapping.getAsString().strip();
    }

    private static CommandData everyday(net.dv8tion.jda.api.interactions.commands.build.SlashCommandData command) {
        return command.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    }

    private static OptionData role(String name, String description) {
        return new OptionData(OptionType.STRING, name, description, true, true).setMaxLength(100);
    }

    private static OptionData file(boolean required) {
        return new OptionData(OptionType.ATTACHMENT, "file", "The role(s) as a YAML file", required);
    }
}
