package dev.careeradvisor.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.careeradvisor.admin.AdminService;
import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.Scope;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.NameResolution;
import dev.careeradvisor.catalog.PairResolution;
import dev.careeradvisor.catalog.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Answers chat requests for every platform: parses typed text, applies the rate limits, runs the
 * command, and turns anything unexpected into a polite error reply rather than a stack trace.
 */
public class ChatService {

    private static final Logger log = LoggerFactory.getLogger(ChatService.class);

    private final CommandRegistry commands;
    private final Catalogs catalogs;
    private final ChatRateLimiter limits;
    private final MessageSourceAccessor messages;
    private final @Nullable AdminService admin;
    private final RoleForms forms;
    private final ChatMetrics metrics;
    private final @Nullable RoleAddDialogue dialogue;

    ChatService(CommandRegistry commands, Catalogs catalogs, ChatRateLimiter limits, MessageSourceAccessor messages,
            @Nullable AdminService admin, @Nullable RoleAddDialogue dialogue, ChatMetrics metrics) {
        this.metrics = metrics;
        this.dialogue = dialogue;
        this.admin = admin;
        this.commands = commands;
        this.catalogs = catalogs;
        this.limits = limits;
        this.messages = messages;
        this.forms = new RoleForms(messages);
    }

    public Reply handle(ChatRequest request) {
        long started = System.nanoTime();
        String[] served = {"none"};
        Reply reply = handle(request, served);
        metrics.served(request.actor(), served[0], reply, Duration.ofNanos(System.nanoTime() - started));
        return reply;
    }

    /** The reply, with the name of the command that made it (or none, or unknown) in {@code served[0]}. */
    private Reply handle(ChatRequest request, String[] served) {
        OptionalLong wait = limits.secondsToWait(request.actor());
        if (wait.isPresent()) {
            return Reply.error(Reply.Problem.RATE_LIMITED, messages.getMessage("chat.slowDown", new Object[] {wait.getAsLong()}));
        }
        if (request.text() != null && !request.text().strip().startsWith("/") && dialogue != null
                && request.actor().platform() != Platform.CONSOLE) {
            Optional<Reply> answered = dialogue.answer(request.actor(), request.text());
            if (answered.isPresent()) {
                served[0] = "role-admin";
                return answered.get();
            }
        }
        CommandCall call = request.call() != null ? request.call() : parse(catalogs.of(Scopes.of(request.actor())), request.text());
        if (call == null) {
            return Reply.error(Reply.Problem.USAGE, messages.getMessage("chat.empty"), List.of(help()));
        }
        ChatCommand command = commands.find(call.command()).orElse(null);
        if (command == null) {
            served[0] = "unknown";
            return Reply.error(Reply.Problem.USAGE, messages.getMessage("chat.unknownCommand", new Object[] {call.command()}), List.of(help()));
        }
        served[0] = command.name();
        try {
            return command.handle(request.actor(), call.arguments());
        } catch (RuntimeException e) {
            log.error("Command {} failed for {}", command.name(), request.actor().key(), e);
            return Reply.error(Reply.Problem.FAILED, messages.getMessage("chat.failed"), List.of(help()));
        }
    }

    /** Whether this person is in a guided dialogue, so that a reply they type is its next answer (not a new request). */
    public boolean awaitsAnswer(Actor actor) {
        return dialogue != null && dialogue.active(actor);
    }

    /** A sentence of the message bundle, for adapters that need words of their own (a prompt, a hint). */
    public String sentence(String code, Object... arguments) {
        return messages.getMessage(code, arguments);
    }

    /**
     * Cards to offer while someone is still typing (Telegram's inline mode): the comparison once the
     * text names two roles, then the cards of the roles whose names match, at most {@code limit}. One
     * request against the rate limits, however many cards; nothing here reads the database.
     */
    public List<Card> cardsWhileTyping(Actor actor, String typed, int limit) {
        if (limits.secondsToWait(actor).isPresent()) {
            return List.of();
        }
        List<Card> cards = new ArrayList<>();
        String text = typed.strip();
        if (!text.isEmpty() && catalogs.of(Scopes.of(actor)).resolvePair(text) instanceof PairResolution.Pair) {
            commands.find("compare").ifPresent(compare -> cards.addAll(compare.handle(actor, List.of(text)).cards()));
        }
        ChatCommand role = commands.find("role").orElseThrow();
        for (RoleName name : completeRoleNames(actor, text, limit)) {
            if (cards.size() >= limit) {
                break;
            }
            cards.addAll(role.handle(actor, List.of(name.slug())).cards());
        }
        return cards;
    }

    /** A community changed its id on its platform (a Telegram group became a supergroup): its roles move with it. */
    public void communityMoved(Platform platform, String from, String to) {
        if (admin == null) {
            return;
        }
        int moved = admin.moveCommunity(Scope.community(platform.name(), from), Scope.community(platform.name(), to));
        log.info("Community {}:{} is now {}; moved {} of its roles", platform, from, to, moved);
    }

    /** A form to add a role ({@code name} null) or to edit the named one, or why not: refused, or no such role. */
    public RoleFormOpening openRoleForm(Actor actor, @Nullable String name) {
        Scope scope = Scopes.of(actor);
        Optional<String> refused = admin == null ? Optional.of(messages.getMessage("admin.refused.ownerOnly"))
                : admin.refusal(Editors.of(actor), scope);
        if (refused.isPresent()) {
            return new RoleFormOpening(null, Reply.error(Reply.Problem.FORBIDDEN, refused.get()));
        }
        if (name == null) {
            return new RoleFormOpening(forms.blank(), null);
        }
        NameResolution resolution = catalogs.of(scope).resolve(name);
        if (resolution instanceof NameResolution.Found found) {
            return new RoleFormOpening(forms.of(found.role()), null);
        }
        return new RoleFormOpening(null, new NameReplies(messages).unresolved(name, resolution,
                role -> CommandCall.of("role-admin", "edit", role.slug())));
    }

    /** A form to show, or the reply that says why there is none. */
    public record RoleFormOpening(@Nullable RoleForm form, @Nullable Reply refusal) {
    }

    /** Adds or replaces the role a filled form describes, as {@code role-admin add} or {@code edit} would. */
    public Reply submitRoleForm(Actor actor, RoleForm form) {
        RoleForms.Filled filled = forms.yaml(form);
        if (!filled.problem().isEmpty()) {
            return Reply.error(Reply.Problem.INVALID, filled.problem());
        }
        if (form.slug() != null) {
            Optional<Role> current = catalogs.of(Scopes.of(actor)).bySlug(form.slug());
            if (current.isPresent() && !RoleForms.basis(current.get()).equals(form.basis())) {
                return Reply.error(Reply.Problem.CONFLICT, messages.getMessage("form.changed", new Object[] {current.get().name()}));
            }
        }
        return handle(ChatRequest.command(actor, "role-admin", List.of(form.slug() == null ? "add" : "edit", filled.yaml())));
    }

    /** The names of every command, for completion and for platforms that register commands. */
    public List<String> commandNames() {
        return commands.names();
    }

    /** Up to {@code limit} roles whose names start with what was typed so far, for autocomplete. */
    public List<RoleName> completeRoleNames(Actor actor, String typed, int limit) {
        return catalogs.of(Scopes.of(actor)).complete(typed, limit).stream().map(r -> new RoleName(r.slug(), r.name())).toList();
    }

    /** A role as autocomplete offers it: the slug to send back and the name to show. */
    public record RoleName(String slug, String name) {
    }

    /**
     * A typed line as a command: "/compare a b" names its command; plain text is one role's name when
     * it means exactly one role, and otherwise two names to compare.
     */
    private CommandCall parse(Catalog catalog, String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return null;
        }
        if (line.startsWith("/")) {
            String[] parts = line.substring(1).split(" ", 2);
            List<String> arguments = new ArrayList<>();
            if (parts.length > 1 && !parts[1].isBlank()) {
                arguments.addAll(commandArguments(parts[0], parts[1]));
            }
            return new CommandCall(parts[0], arguments);
        }
        if (catalog.resolve(line) instanceof NameResolution.Found) {
            return CommandCall.of("role", line);
        }
        boolean oneName = catalog.resolvePair(line) instanceof PairResolution.NotTwoNames;
        return CommandCall.of(oneName ? "role" : "compare", line);
    }

    /** Typed arguments stay one text (names have spaces), except the options of the roles listing. */
    private static List<String> commandArguments(String command, String rest) {
        return command.equalsIgnoreCase("roles") ? Arrays.asList(rest.split(" ")) : List.of(rest);
    }

    private Action help() {
        return new Action.Button(messages.getMessage("action.help"), CommandCall.of("help"));
    }

    /** The first {@code limit} roles of the catalog but these: no card offers more, whatever the catalog's size. */
    static List<Role> others(Catalog catalog, int limit, Role... except) {
        List<Role> others = new ArrayList<>(limit);
        for (Role role : catalog.roles()) {
            if (others.size() == limit) {
                break;
            }
            boolean excepted = false;
            for (Role not : except) {
                excepted |= role.sameEntryAs(not);
            }
            if (!excepted) {
                others.add(role);
            }
        }
        return others;
    }
}
