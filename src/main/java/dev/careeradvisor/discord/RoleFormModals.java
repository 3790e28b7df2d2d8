package dev.careeradvisor.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.RoleForm;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/**
 * A {@link RoleForm} as a Discord modal of five inputs. The modal's id carries the role's slug and
 * the basis it was opened on ("f:slug:basis", at most 84 characters of Discord's 100), so opening a
 * form needs no database and any instance can take the submission.
 */
final class RoleFormModals {

    static final String PREFIX = "f:";
    static final List<String> INPUTS = List.of("name", "about", "figures", "skills", "sources");
    private static final List<String> LABELS = List.of("form.name", "form.about", "form.figures", "form.skills", "form.sources");

    private final ChatService chat;

    RoleFormModals(ChatService chat) {
        this.chat = chat;
    }

    Modal of(RoleForm form) {
        String title = form.slug() == null ? chat.sentence("form.title.add") : chat.sentence("form.title.edit", form.name());
        String id = PREFIX + (form.slug() == null ? "" : form.slug()) + ":" + form.basis();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < INPUTS.size(); i++) {
            String value = form.texts().get(i);
            TextInput.Builder input = TextInput.create(INPUTS.get(i), i == 0 ? TextInputStyle.SHORT : TextInputStyle.PARAGRAPH)
                    .setRequired(i == 0 || i == 2 || i == 3)
                    .setMaxLength(i == 0 ? 100 : RoleForm.LIMIT);
            if (!value.isEmpty()) {
                input.setValue(value);
            }
            labels.add(Label.of(DiscordEmbeds.cut(chat.sentence(LABELS.get(i)), Label.LABEL_MAX_LENGTH), input.build()));
        }
        return Modal.create(id, DiscordEmbeds.cut(title, Modal.MAX_TITLE_LENGTH)).addComponents(labels).build();
    }

    /** The form a submitted modal holds, when the modal is one of ours. */
    Optional<RoleForm> filled(String modalId, Function<String, String> values) {
        if (!modalId.startsWith(PREFIX) || modalId.indexOf(':', PREFIX.length()) < 0) {
            return Optional.empty();
        }
        String[] parts = modalId.substring(PREFIX.length()).split(":", 2);
        List<String> texts = INPUTS.stream().map(values).toList();
        return Optional.of(new RoleForm(parts[0].isEmpty() ? null : parts[0], parts[1], texts.get(0), texts.get(1), texts.get(2),
                texts.get(3), texts.get(4)));
    }
}
