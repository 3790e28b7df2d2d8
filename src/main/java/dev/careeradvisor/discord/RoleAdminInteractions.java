package dev.careeradvisor.discord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.ChatRequest;
import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.CommandCall;
import dev.careeradvisor.chat.Reply;
import dev.careeradvisor.chat.RoleForm;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * {@code /role-admin}: the adapter gathers the YAML (a form, an attached file) and the chat layer's
 * admin command decides. {@code add} and {@code edit} without a file open a form, which must be the
 * first answer to the interaction, so it is built from memory and never deferred; everything else is
 * deferred (only the moderator sees it) before it touches the database.
 */
final class RoleAdminInteractions {

    /** The import limit of the role files; a bigger attachment is refused before it is downloaded. */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    private final ChatService chat;
    private final DiscordReplies replies;
    private final RoleFormModals modals;

    RoleAdminInteractions(ChatService chat, DiscordReplies replies, RoleFormModals modals) {
        this.chat = chat;
        this.replies = replies;
        this.modals = modals;
    }

    void command(SlashCommandInteractionEvent event, Actor actor) {
        String sub = event.getSubcommandName() == null ? "" : event.getSubcommandName();
        OptionMapping file = event.getOption("file");
        if ((sub.equals("add") || sub.equals("edit")) && file == null) {
            openForm(event, actor, sub.equals("add") ? CommandCall.of(SlashCommands.ADMIN, "add")
                    : CommandCall.of(SlashCommands.ADMIN, "edit", SlashCommands.text(event, "name")));
            return;
        }
        event.deferReply(true).queue();
        List<String> arguments = new ArrayList<>(List.of(sub));
        if (file != null) {
            Optional<String> yaml = download(file.getAsAttachment());
            if (yaml.isEmpty()) {
                edit(event, Reply.error(Reply.Problem.USAGE, chat.sentence("discord.fileRefused", MAX_FILE_BYTES / 1024)), actor);
                return;
            }
            arguments.add(yaml.get());
            if (sub.equals("import") && event.getOption("replace") != null && !event.getOption("replace").getAsBoolean()) {
                arguments.add("--no-replace");
            }
        } else if (!SlashCommands.text(event, "name").isEmpty()) {
            arguments.add(SlashCommands.text(event, "name"));
        }
        Reply reply = chat.handle(ChatRequest.command(actor, SlashCommands.ADMIN, arguments));
        String yaml = DiscordReplies.yaml(reply);
        if (sub.equals("export") && yaml != null) {
            event.getHook().editOriginal(MessageEditData.fromCreateData(replies.file(reply, yaml))).queue();
            return;
        }
        edit(event, reply, actor);
    }

    /** Whether a pressed suggestion ("did you mean …" for an edit) reopens the form rather than running a command. */
    boolean opensForm(CommandCall call) {
        return call.command().equals(SlashCommands.ADMIN) && !call.arguments().isEmpty()
                && (call.arguments().get(0).equals("add") && call.arguments().size() == 1
                        || call.arguments().get(0).equals("edit") && call.arguments().size() == 2);
    }

    <T extends IReplyCallback & IModalCallback> void openForm(T event, Actor actor, CommandCall call) {
        String name = call.arguments().get(0).equals("edit") ? call.arguments().get(1) : null;
        ChatService.RoleFormOpening opening = chat.openRoleForm(actor, name);
        if (opening.form() == null) {
            event.reply(replies.of(opening.refusal(), actor)).setEphemeral(true).queue();
        } else if (!opening.form().fits()) {
            event.reply(DiscordReplies.text(chat.sentence("form.tooLarge", opening.form().name()))).setEphemeral(true).queue();
        } else {
            event.replyModal(modals.of(opening.form())).queue();
        }
    }

    void submitted(ModalInteractionEvent event, Actor actor) {
        Optional<RoleForm> form = modals.filled(event.getModalId(), input -> {
            ModalMapping value = event.getValue(input);
            return value == null ? "" : value.getAsString();
        });
        if (form.isEmpty()) {
            event.reply(DiscordReplies.text(chat.sentence("discord.expired"))).setEphemeral(true).queue();
            return;
        }
        event.deferReply(true).queue();
        edit(event, chat.submitRoleForm(actor, form.get()), actor);
    }

    private void edit(IReplyCallback event, Reply reply, Actor actor) {
        event.getHook().editOriginal(MessageEditData.fromCreateData(replies.of(reply, actor))).queue();
    }

    /** The attachment's text, when it is small enough and could be fetched. */
    private static Optional<String> download(Message.Attachment attachment) {
        if (attachment.getSize() > MAX_FILE_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = attachment.getProxy().download().get(30, TimeUnit.SECONDS)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            return bytes.length > MAX_FILE_BYTES ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException | ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
