package dev.careeradvisor.discord;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.careeradvisor.chat.Action;
import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.Reply;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.jspecify.annotations.Nullable;

/**
 * A reply as a Discord message: cards as embeds with their actions as components, an error as a
 * short text with its suggestions as buttons. Mentions are off in every message, so a name such as
 * {@code @everyone} pings nobody.
 */
final class DiscordReplies {

    static final int CONTENT = 2000;

    private final DiscordComponents components;

    DiscordReplies(DiscordComponents components) {
        this.components = components;
    }

    MessageCreateData of(Reply reply, Actor requester) {
        MessageCreateBuilder message = new MessageCreateBuilder().setAllowedMentions(List.of());
        if (reply.isError()) {
            message.setContent(DiscordEmbeds.cut("⚠️ " + DiscordEmbeds.escape(reply.error()), CONTENT));
        } else {
            message.setEmbeds(DiscordEmbeds.of(reply.cards()));
        }
        message.setComponents(components.of(actions(reply), requester));
        return message.build();
    }

    /** A reply whose data is YAML (an export), as a file with the card's title. */
    MessageCreateData file(Reply reply, String yaml) {
        String title = reply.cards().isEmpty() ? "roles.yaml" : reply.cards().get(0).title();
        return new MessageCreateBuilder().setAllowedMentions(List.of())
                .setContent(DiscordEmbeds.cut(DiscordEmbeds.escape(title), CONTENT))
                .setFiles(FileUpload.fromData(yaml.getBytes(StandardCharsets.UTF_8), "roles.yaml"))
                .build();
    }

    /** Plain text, escaped; for notices of the adapter's own. */
    static MessageCreateData text(String text) {
        return new MessageCreateBuilder().setAllowedMentions(List.of())
                .setContent(DiscordEmbeds.cut(DiscordEmbeds.escape(text), CONTENT)).build();
    }

    @Nullable
    static String yaml(Reply reply) {
        return !reply.isError() && reply.data() instanceof String yaml ? yaml : null;
    }

    private static List<Action> actions(Reply reply) {
        return reply.isError() ? reply.suggestions() : reply.cards().stream().flatMap(card -> card.actions().stream()).toList();
    }
}
