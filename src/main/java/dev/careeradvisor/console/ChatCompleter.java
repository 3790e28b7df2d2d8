package dev.careeradvisor.console;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.ChatService;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.CompletionMatcherImpl;

/**
 * Tab completion: command names first, then role slugs for the commands that take role names. A
 * role is offered when any word of its name starts with what was typed ("rout" offers
 * ai-model-routing-engineer), so the matcher must not drop candidates that do not share its prefix.
 */
final class ChatCompleter implements Completer {

    static final Set<String> ROLE_COMMANDS = Set.of("/compare", "/vs", "/role", "/skills");
    private static final int LIMIT = 25;

    private final ChatService chat;
    private final Actor actor;

    ChatCompleter(ChatService chat, Actor actor) {
        this.chat = chat;
        this.actor = actor;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            chat.commandNames().forEach(name -> candidates.add(new Candidate("/" + name)));
            candidates.add(new Candidate("/quit"));
            return;
        }
        if (!ROLE_COMMANDS.contains(line.words().get(0).toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        for (ChatService.RoleName role : chat.completeRoleNames(actor, line.word(), LIMIT)) {
            candidates.add(new Candidate(role.slug(), role.slug(), null, role.name(), null, null, true));
        }
    }

    /** JLine's matcher, which keeps our role candidates when none of them starts with the typed word. */
    static final class RoleAwareMatcher extends CompletionMatcherImpl {
        @Override
        protected void defaultMatchers(Map<LineReader.Option, Boolean> options, boolean prefix, CompletingParsedLine line,
                boolean caseInsensitive, int errors, String originalGroupName) {
            super.defaultMatchers(options, prefix, line, caseInsensitive, errors, originalGroupName);
            matchers.add(simpleMatcher(candidate -> true));
        }
    }
}
