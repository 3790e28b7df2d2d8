package dev.careeradvisor.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.careeradvisor.chat.Action;
import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.CommandCall;
import dev.careeradvisor.chat.ComponentStore;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.actionrow.ActionRowChildComponent;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;

/**
 * A reply's actions as Discord components: buttons five to a row, each choice a select menu of its
 * own row, at most five rows. Every custom id is "k:" and a key into the component store (18
 * characters, far below Discord's 100, whatever the role names), so a press works after a restart and
 * on any instance. A menu is one stored call whose options are picked by their index.
 */
final class DiscordComponents {

    static final String PREFIX = "k:";
    static final String CHOICE = "~choice";
    static final Duration LIFESPAN = Duration.ofDays(14);
    private static final int ROWS = 5;
    private static final int BUTTONS_PER_ROW = 5;
    private static final int OPTIONS = StringSelectMenu.OPTIONS_MAX_AMOUNT;

    private final ComponentStore components;

    DiscordComponents(ComponentStore components) {
        this.components = components;
    }

    List<ActionRow> of(List<Action> actions, Actor requester) {
        List<ActionRow> rows = new ArrayList<>();
        List<ActionRowChildComponent> buttons = new ArrayList<>();
        for (Action action : actions) {
            if (action instanceof Action.Button button && buttons.size() < BUTTONS_PER_ROW * (ROWS - rows.size())) {
                buttons.add(Button.secondary(remember(button.call(), requester), DiscordEmbeds.cut(button.label(), Button.LABEL_MAX_LENGTH)));
            } else if (action instanceof Action.Choice choice && !choice.options().isEmpty() && rows.size() < ROWS - 1) {
                rows.add(ActionRow.of(menu(choice, requester)));
            }
        }
        List<ActionRow> buttonRows = buttons.isEmpty() ? List.of() : ActionRow.partitionOf(buttons);
        List<ActionRow> all = new ArrayList<>(buttonRows);
        all.addAll(rows);
        return all.subList(0, Math.min(all.size(), ROWS));
    }

    private StringSelectMenu menu(Action.Choice choice, Actor requester) {
        List<Action.Option> options = choice.options().subList(0, Math.min(choice.options().size(), OPTIONS));
        List<String> encoded = options.stream().map(option -> option.call().packed()).toList();
        StringSelectMenu.Builder menu = StringSelectMenu.create(remember(new CommandCall(CHOICE, encoded), requester))
                .setPlaceholder(DiscordEmbeds.cut(choice.label(), StringSelectMenu.PLACEHOLDER_MAX_LENGTH));
        for (int i = 0; i < options.size(); i++) {
            menu.addOption(DiscordEmbeds.cut(options.get(i).label(), 100), Integer.toString(i));
        }
        return menu.build();
    }

    /** The call a pressed menu option stands for. */
    static Optional<CommandCall> picked(CommandCall menu, List<String> values) {
        if (!menu.command().equals(CHOICE) || values.isEmpty() || !values.get(0).matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(values.get(0));
        return index < menu.arguments().size() ? Optional.of(CommandCall.unpack(menu.arguments().get(index))) : Optional.empty();
    }

    private String remember(CommandCall call, Actor requester) {
        return PREFIX + components.remember(call, requester, LIFESPAN);
    }

}
