package dev.careeradvisor.discord;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.ChatRequest;
import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.CommandCall;
import dev.careeradvisor.chat.ComponentStore;
import dev.careeradvisor.chat.Platform;
import dev.careeradvisor.chat.Reply;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns interactions into chat requests and their replies into messages. Events are handed to
 * workers at once, so nothing waits on the gateway thread. A press by the person a card answered
 * edits the card in place; anyone else's press gives them a card of their own, seen only by them, as
 * are errors and "did you mean".
 */
final class DiscordInteractions extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(DiscordInteractions.class);
    static final int CHOICES = 25;

    private final ChatService chat;
    private final ComponentStore components;
    private final DiscordReplies replies;
    private final RoleAdminInteractions admin;
    private final DiscordMetrics metrics;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;

    DiscordInteractions(ChatService chat, ComponentStore components, DiscordReplies replies, RoleAdminInteractions admin,
            DiscordMetrics metrics, ExecutorService workers, ScheduledExecutorService timers) {
        this.chat = chat;
        this.components = components;
        this.replies = replies;
        this.admin = admin;
        this.metrics = metrics;
        this.workers = workers;
        this.timers = timers;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        work(event.getName(), () -> slash(event));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        work("autocomplete", () -> autocomplete(event));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        work("button", () -> press(event, List.of()));
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        work("menu", () -> press(event, event.getValues()));
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        work("form", () -> admin.submitted(event, actor(event)));
    }

    private void slash(SlashCommandInteractionEvent event) {
        Actor actor = actor(event);
        if (event.getName().equals(SlashCommands.ADMIN)) {
            admin.command(event, actor);
            return;
        }
        Acknowledgement acknowledgement;
        if (event.getName().equals("suggest")) {
            // a suggestion is stored before it is answered, and its answer is for its author alone
            event.deferReply(true).queue();
            acknowledgement = Acknowledgement.deferred();
        } else {
            acknowledgement = Acknowledgement.watch(timers, () -> event.deferReply().queue());
        }
        Reply reply = chat.handle(ChatRequest.call(actor, SlashCommands.call(event)));
        respond(event, acknowledgement, reply, actor, false);
    }

    /** Up to 25 roles whose names start with what was typed, in the asker's community; from memory. */
    private void autocomplete(CommandAutoCompleteInteractionEvent event) {
        List<Command.Choice> choices = chat.completeRoleNames(actor(event), event.getFocusedOption().getValue(), CHOICES).stream()
                .map(role -> new Command.Choice(DiscordEmbeds.cut(role.name(), Command.Choice.MAX_NAME_LENGTH), role.slug()))
                .toList();
        event.replyChoices(choices).queue(null, failure -> failed("autocomplete", failure));
    }

    private void press(GenericComponentInteractionCreateEvent event, List<String> values) {
        Actor actor = actor(event);
        String id = event.getComponentId();
        Optional<ComponentStore.Press> pressed = id.startsWith(DiscordComponents.PREFIX)
                ? components.press(id.substring(DiscordComponents.PREFIX.length()), actor)
                : Optional.empty();
        Optional<CommandCall> call = pressed.map(ComponentStore.Press::call)
                .flatMap(stored -> stored.command().equals(DiscordComponents.CHOICE) ? DiscordComponents.picked(stored, values) : Optional.of(stored));
        if (call.isEmpty()) {
            event.reply(DiscordReplies.text(chat.sentence("discord.expired"))).setEphemeral(true).queue(null, failure -> failed("press", failure));
            return;
        }
        if (admin.opensForm(call.get())) {
            admin.openForm(event, actor, call.get());
            return;
        }
        boolean inPlace = pressed.get().byRequester();
        Acknowledgement acknowledgement = Acknowledgement.watch(timers,
                () -> (inPlace ? event.deferEdit() : event.deferReply(true)).queue());
        Reply reply = chat.handle(ChatRequest.call(actor, call.get()));
        if (inPlace && !reply.isError()) {
            MessageEditData card = MessageEditData.fromCreateData(replies.of(reply, actor));
            if (acknowledgement.take()) {
                event.editMessage(card).queue(null, failure -> failed("press", failure));
            } else {
                event.getHook().editOriginal(card).queue(null, failure -> failed("press", failure));
            }
            return;
        }
        respond(event, acknowledgement, reply, actor, inPlace);
    }

    /** The reply as the acknowledgement when in time, else as the edit of the deferred response; errors only for the asker. */
    void respond(IReplyCallback event, Acknowledgement acknowledgement, Reply reply, Actor actor, boolean deferredAsEdit) {
        MessageCreateData message = replies.of(reply, actor);
        if (acknowledgement.take()) {
            event.reply(message).setEphemeral(reply.isError() || event instanceof GenericComponentInteractionCreateEvent)
                    .queue(null, failure -> failed("reply", failure));
        } else if (deferredAsEdit) {
            event.getHook().sendMessage(message).setEphemeral(true).queue(null, failure -> failed("reply", failure));
        } else {
            event.getHook().editOriginal(MessageEditData.fromCreateData(message)).queue(null, failure -> failed("reply", failure));
        }
    }

    static Actor actor(Interaction interaction) {
        Member member = interaction.getMember();
        String community = interaction.getGuild() == null ? null : interaction.getGuild().getId();
        String name = member != null ? member.getEffectiveName() : interaction.getUser().getEffectiveName();
        boolean moderator = member != null && member.hasPermission(Permission.MANAGE_SERVER);
        return new Actor(Platform.DISCORD, interaction.getUser().getId(), name, community, moderator);
    }

    private void work(String what, Runnable task) {
        metrics.interaction(what);
        try {
            workers.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    failed(what, e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("Discord {} arrived while stopping", what);
        }
    }

    void failed(String what, Throwable failure) {
        metrics.error();
        log.warn("Discord {} could not be answered: {}", what, failure.toString());
    }
}
