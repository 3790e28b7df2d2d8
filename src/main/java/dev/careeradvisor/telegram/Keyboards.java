package dev.careeradvisor.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.careeradvisor.chat.Action;
import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.CommandCall;
import dev.careeradvisor.chat.ComponentStore;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Inline keyboards for a reply's actions. A whole keyboard is one entry of the component store: its
 * buttons' calls, the pages its choices open and the keyboard itself (for Back), each at an index;
 * callback data is "k:" + key + "." + index, at most 22 bytes whatever the role names. So one
 * message costs one database write, any instance can answer a press, also after a restart, and
 * opening a choice or going back needs no write at all.
 */
final class Keyboards {

    static final String PREFIX = "k:";
    static final String MENU = "~menu";
    static final String KEYBOARD = "~keyboard";
    static final Duration LIFESPAN = Duration.ofDays(2);
    private static final String STORED = "~keys";
    private static final int PER_ROW = 2;

    private final ComponentStore components;

    Keyboards(ComponentStore components) {
        this.components = components;
    }

    /** What a press stands for: a command, or a page of the keyboard (a choice's options, or the keyboard itself). */
    record Pressed(CommandCall call, boolean byRequester, String key) {
        boolean turnsPage() {
            return call.command().equals(MENU) || call.command().equals(KEYBOARD);
        }
    }

    @Nullable
    InlineKeyboardMarkup of(List<Action> actions, Actor requester) {
        if (actions.isEmpty()) {
            return null;
        }
        List<String> entries = new ArrayList<>();
        entries.add("");
        List<String> layout = new ArrayList<>();
        for (Action action : actions) {
            if (action instanceof Action.Button button) {
                layout.add(button.label());
                layout.add(add(entries, button.call()));
            } else if (action instanceof Action.Choice choice) {
                List<String> options = new ArrayList<>();
                for (Action.Option option : choice.options()) {
                    options.add(option.label());
                    options.add(add(entries, option.call()));
                }
                layout.add(choice.label() + " ▸");
                layout.add(add(entries, new CommandCall(MENU, options)));
            }
        }
        entries.set(0, new CommandCall(KEYBOARD, layout).packed());
        String key = components.remember(new CommandCall(STORED, entries), requester, LIFESPAN);
        return markup(layout, key);
    }

    /** The press of callback data, while its keyboard is kept. */
    Optional<Pressed> pressed(String data, Actor presser) {
        if (!data.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] keyAndIndex = data.substring(PREFIX.length()).split("\\.", 2);
        if (keyAndIndex.length != 2 || !keyAndIndex[1].matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(keyAndIndex[1]);
        return components.press(keyAndIndex[0], presser)
                .filter(press -> press.call().command().equals(STORED) && index < press.call().arguments().size())
                .map(press -> new Pressed(CommandCall.unpack(press.call().arguments().get(index)), press.byRequester(), keyAndIndex[0]));
    }

    /** The page a press turns to: a choice's options with Back, or the keyboard itself. */
    InlineKeyboardMarkup page(Pressed pressed, String backLabel) {
        if (pressed.call().command().equals(KEYBOARD)) {
            return markup(pressed.call().arguments(), pressed.key());
        }
        List<String> layout = new ArrayList<>(pressed.call().arguments());
        layout.add("« " + backLabel);
        layout.add("0");
        return markup(layout, pressed.key());
    }

    private static String add(List<String> entries, CommandCall call) {
        entries.add(call.packed());
        return Integer.toString(entries.size() - 1);
    }

    /** Label/index pairs as rows of two buttons. */
    private static InlineKeyboardMarkup markup(List<String> layout, String key) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        InlineKeyboardRow row = new InlineKeyboardRow();
        for (int i = 0; i + 1 < layout.size(); i += 2) {
            row.add(InlineKeyboardButton.builder().text(layout.get(i)).callbackData(PREFIX + key + "." + layout.get(i + 1)).build());
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
