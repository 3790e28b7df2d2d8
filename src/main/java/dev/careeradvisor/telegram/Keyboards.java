package dev.careeradvisor.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.careeradvisor.chat.Action;
import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.CommandCall;
import dev.careeradvisor.chat.ComponentStore;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Inline keyboards for a reply's actions. Callback data is "k:" and a key into the component store,
 * 18 bytes whatever the role names. A choice becomes a button that opens a page of its options with
 * Back (to the keyboard the message had); the pages are stored too, so any instance can show them,
 * also after a restart.
 */
final class Keyboards {

    static final String PREFIX = "k:";
    static final String MENU = "~menu";
    static final String KEYBOARD = "~keyboard";
    static final Duration LIFESPAN = Duration.ofDays(2);
    private static final int PER_ROW = 2;

    private final ComponentStore components;

    Keyboards(ComponentStore components) {
        this.components = components;
    }

    @Nullable
    InlineKeyboardMarkup of(List<Action> actions, Actor requester) {
        if (actions.isEmpty()) {
            return null;
        }
        List<String> layout = new ArrayList<>();
        for (Action action : actions) {
            layout.add(action instanceof Action.Choice ? action.label() + " ▸" : action.label());
            if (action instanceof Action.Button button) {
                layout.add(remember(button.call(), requester));
            } else {
                List<String> options = new ArrayList<>();
                for (Action.Option option : ((Action.Choice) action).options()) {
                    options.add(option.label());
                    options.add(remember(option.call(), requester));
                }
                layout.add(remember(new CommandCall(MENU, options), requester));
            }
        }
        return markup(layout);
    }

    /** The page a choice opens: its options, and Back to the keyboard the message has now. */
    InlineKeyboardMarkup menu(CommandCall menu, @Nullable InlineKeyboardMarkup current, Actor requester, String backLabel) {
        List<String> layout = new ArrayList<>(menu.arguments());
        if (current != null) {
            List<String> before = new ArrayList<>();
            current.getKeyboard().forEach(row -> row.forEach(button -> {
                before.add(button.getText());
                before.add(button.getCallbackData());
            }));
            layout.add("« " + backLabel);
            layout.add(remember(new CommandCall(KEYBOARD, before), requester));
        }
        return markup(layout);
    }

    /** The keyboard a stored "~keyboard" call lays out. */
    static InlineKeyboardMarkup stored(CommandCall keyboard) {
        return markup(keyboard.arguments());
    }

    private String remember(CommandCall call, Actor requester) {
        return PREFIX + components.remember(call, requester, LIFESPAN);
    }

    /** Label/data pairs as rows of two buttons. */
    private static InlineKeyboardMarkup markup(List<String> layout) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (int i = 0; i + 1 < layout.size(); i += 2) {
            row.add(InlineKeyboardButton.builder().text(layout.get(i)).callbackData(layout.get(i + 1)).build());
            if (row.size() == PER_ROW) {
                rows.add(row);
                row = new InlineKeyboardRow();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return new InlineKeyboardMarkup(rows);
    }
}
