package dev.careeradvisor.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careeradvisor.chat.Action;
import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.ChatRequest;
import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.CommandCall;
import dev.careeradvisor.chat.Reply;

/**
 * One person's conversation at the console: a typed line goes to the chat command layer, and a
 * typed number picks one of the choices the last reply offered.
 */
final class ChatSession {

    private final ChatService chat;
    private final Actor actor;
    private final TextRenderer renderer = new TextRenderer();
    private static final Pattern PASTE = Pattern.compile("/role[-_]admin\\s+add(?:\\s+--scope\\s+(\\S+))?\\s*", Pattern.CASE_INSENSITIVE);

    private List<Object> offered = List.of();
    /** The YAML being pasted after "/role-admin add", until a line holding only "."; null when not pasting. */
    private StringBuilder pasted;
    private String pasteScope;

    ChatSession(ChatService chat, Actor actor) {
        this.chat = chat;
        this.actor = actor;
    }

    static boolean isQuit(String line) {
        String command = line.strip().toLowerCase(Locale.ROOT);
        return command.equals("/quit") || command.equals("/exit");
    }

    /** The text answering one line, ending with a newline; empty for an empty line. */
    String respond(String line) {
        if (pasted != null) {
            return paste(line);
        }
        String typed = line.strip();
        Matcher add = PASTE.matcher(typed);
        if (add.matches()) {
            pasted = new StringBuilder();
            pasteScope = add.group(1);
            return chat.sentence("console.paste") + "\n";
        }
        if (typed.isEmpty()) {
            return "";
        }
        if (typed.matches("\\d{1,3}")) {
            int number = Integer.parseInt(typed);
            if (number >= 1 && number <= offered.size()) {
                return pick(offered.get(number - 1));
            }
        }
        return answer(chat.handle(ChatRequest.text(actor, typed)));
    }

    private String paste(String line) {
        if (!line.strip().equals(".")) {
            pasted.append(line).append('\n');
            return "";
        }
        List<String> arguments = new ArrayList<>(List.of("add"));
        if (pasteScope != null) {
            arguments.addAll(List.of("--scope", pasteScope));
        }
        arguments.add(pasted.toString());
        pasted = null;
        return answer(chat.handle(ChatRequest.command(actor, "role-admin", arguments)));
    }

    private String pick(Object action) {
        if (action instanceof Action.Choice choice) {
            List<Object> options = new ArrayList<>();
            String text = renderer.options(choice, options);
            offered = options;
            return text;
        }
        CommandCall call = action instanceof Action.Button button ? button.call() : ((Action.Option) action).call();
        return answer(chat.handle(ChatRequest.call(actor, call)));
    }

    private String answer(Reply reply) {
        List<Object> actions = new ArrayList<>();
        String text = renderer.render(reply, actions);
        offered = actions;
        return text;
    }
}
