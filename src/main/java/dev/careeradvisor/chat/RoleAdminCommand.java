package dev.careeradvisor.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.careeradvisor.admin.AdminResult;
import dev.careeradvisor.admin.AdminService;
import dev.careeradvisor.admin.Editor;
import dev.careeradvisor.admin.RoleTransfers;
import dev.careeradvisor.admin.Suggestions;
import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.NameResolution;
import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.catalog.RoleWriter;
import dev.careeradvisor.catalog.Scope;
import dev.careeradvisor.catalog.StoredRole;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * {@code role-admin add|edit|remove|restore|import|export|history|suggestions|accept|dismiss|erase-user}:
 * the admin service's operations as chat, acting on the requester's scope ({@code --scope S} to
 * name another). Files and folders are read and written only for the local console's owner.
 */
final class RoleAdminCommand implements ChatCommand {

    private final AdminService admin;
    private final RoleTransfers transfers;
    private final Suggestions suggestions;
    private final Catalogs catalogs;
    private final AdminReplies replies;
    private final NameReplies names;
    private final MessageSourceAccessor messages;
    private final @Nullable RoleAddDialogue dialogue;

    RoleAdminCommand(AdminService admin, RoleTransfers transfers, Suggestions suggestions, Catalogs catalogs,
            AdminReplies replies, NameReplies names, MessageSourceAccessor messages, @Nullable RoleAddDialogue dialogue) {
        this.dialogue = dialogue;
        this.admin = admin;
        this.transfers = transfers;
        this.suggestions = suggestions;
        this.catalogs = catalogs;
        this.replies = replies;
        this.names = names;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "role-admin";
    }

    @Override
    public List<String> aliases() {
        return List.of("role_admin");
    }

    @Override
    public Reply handle(Actor actor, List<String> arguments) {
        List<String> words = new ArrayList<>(arguments.size() == 1 ? Words.split(arguments.get(0)) : arguments);
        Scope scope;
        try {
            scope = option(words, "--scope").map(Scope::parse).orElse(Scopes.of(actor));
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (words.isEmpty()) {
            return usage(null);
        }
        String sub = words.remove(0);
        Editor editor = Editors.of(actor);
        return switch (sub) {
            case "add" -> words.isEmpty() ? addStepByStep(actor, scope) : replies.of(admin.add(editor, scope, String.join(" ", words)));
            case "edit" -> edit(actor, editor, scope, words);
            case "remove" -> byName(scope, sub, words, slug -> replies.of(admin.remove(editor, scope, slug)));
            case "restore" -> restore(editor, scope, words);
            case "history" -> byName(scope, sub, words, slug -> Reply.of(replies.history(slug, admin.history(scope, slug)), null));
            case "import" -> importRoles(actor, editor, scope, words);
            case "export" -> export(actor, scope, words);
            case "suggestions" -> openSuggestions(editor, scope);
            case "accept", "dismiss" -> handleSuggestion(editor, scope, sub, words);
            case "erase-user" -> words.size() == 1 && words.get(0).contains(":")
                    ? replies.of(admin.eraseUser(editor, words.get(0).split(":", 2)[0], words.get(0).split(":", 2)[1]))
                    : usage(null);
            default -> usage(null);
        };
    }

    /** The console pastes YAML; chats without forms are asked one field at a time. */
    private Reply addStepByStep(Actor actor, Scope scope) {
        return actor.platform() == Platform.CONSOLE || dialogue == null ? usage(null) : dialogue.start(actor, scope);
    }

    private Reply edit(Actor actor, Editor editor, Scope scope, List<String> words) {
        Long ifVersion = option(words, "--if-version").filter(v -> v.matches("\\d{1,18}")).map(Long::parseLong).orElse(null);
        if (words.size() == 1 && words.get(0).contains("\n")) {
            return replies.of(admin.replace(editor, scope, words.get(0), ifVersion));
        }
        Map<String, String> changes = new LinkedHashMap<>();
        List<String> nameWords = new ArrayList<>();
        for (String word : words) {
            int equals = word.indexOf('=');
            if (equals > 0) {
                changes.put(word.substring(0, equals), word.substring(equals + 1));
            } else if (changes.isEmpty()) {
                nameWords.add(word);
            }
        }
        if (changes.isEmpty()) {
            return usage(null);
        }
        return byName(scope, "edit", nameWords, slug -> replies.of(admin.edit(editor, scope, slug, changes, ifVersion)));
    }

    private Reply restore(Editor editor, Scope scope, List<String> words) {
        List<Role> removed = admin.removed(scope).stream().map(StoredRole::role).toList();
        String name = String.join(" ", words);
        NameResolution resolution = new Catalog(scope, removed).resolve(name);
        if (resolution instanceof NameResolution.Found found) {
            return replies.of(admin.restore(editor, scope, found.role().slug()));
        }
        return names.unresolved(name, resolution, role -> CommandCall.of(name(), "restore", "--scope", scope.id(), role.slug()));
    }

    private Reply importRoles(Actor actor, Editor editor, Scope scope, List<String> words) {
        boolean replace = !words.remove("--no-replace");
        if (words.isEmpty()) {
            return usage(null);
        }
        String given = String.join(" ", words);
        if (given.contains("\n") || given.contains(": ")) {
            return replies.of(transfers.importStream(editor, scope, messages.getMessage("admin.source.import"), given, replace));
        }
        if (actor.platform() != Platform.CONSOLE) {
            return usage(null);
        }
        Path path = Path.of(given);
        try {
            if (Files.isDirectory(path)) {
                return replies.of(transfers.importFolder(editor, scope, path, replace));
            }
            return replies.of(transfers.importStream(editor, scope, path.toString(), Files.readString(path, StandardCharsets.UTF_8), replace));
        } catch (IOException e) {
            return Reply.error(Reply.Problem.USAGE, messages.getMessage("admin.import.unreadable", new Object[] {path, e.getMessage()}));
        }
    }

    private Reply export(Actor actor, Scope scope, List<String> words) {
        boolean all = words.remove("--all");
        String target = words.size() > (all ? 0 : 1) ? words.remove(words.size() - 1) : null;
        if (target != null && actor.platform() != Platform.CONSOLE) {
            return usage(null);
        }
        String yaml;
        if (all || words.isEmpty()) {
            if (target != null && !target.endsWith(".yaml") && !target.endsWith(".yml")) {
                try {
                    int count = transfers.exportFolder(scope, Path.of(target));
                    return Reply.of(card(messages.getMessage("admin.exported.folder", new Object[] {count, target}), null), null);
                } catch (IOException e) {
                    return Reply.error(Reply.Problem.USAGE, e.getMessage());
                }
            }
            yaml = transfers.exportStream(scope);
        } else {
            Catalog catalog = catalogs.of(scope);
            NameResolution resolution = catalog.resolve(String.join(" ", words));
            if (!(resolution instanceof NameResolution.Found found)) {
                return names.unresolved(String.join(" ", words), resolution, role -> CommandCall.of(name(), "export", role.slug()));
            }
            yaml = RoleWriter.yaml(found.role());
        }
        if (target != null) {
            try {
                Files.writeString(Path.of(target), yaml, StandardCharsets.UTF_8);
                return Reply.of(card(messages.getMessage("admin.exported.file", new Object[] {target}), null), yaml);
            } catch (IOException e) {
                return Reply.error(Reply.Problem.USAGE, e.getMessage());
            }
        }
        return Reply.of(card(messages.getMessage("admin.exported", new Object[] {scope}), yaml), yaml);
    }

    private Reply openSuggestions(Editor editor, Scope scope) {
        Optional<List<Suggestions.Suggestion>> open = suggestions.open(editor, scope);
        if (open.isEmpty()) {
            return Reply.error(Reply.Problem.FORBIDDEN, messages.getMessage("admin.refused.notModerator"));
        }
        List<Action> actions = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (Suggestions.Suggestion s : open.get()) {
            lines.append("#").append(s.id()).append(" ").append(s.text()).append(" — ").append(s.userName()).append('\n');
            actions.add(new Action.Button(messages.getMessage("action.accept", new Object[] {s.id()}),
                    CommandCall.of(name(), "accept", "--scope", scope.id(), Long.toString(s.id()))));
            actions.add(new Action.Button(messages.getMessage("action.dismiss", new Object[] {s.id()}),
                    CommandCall.of(name(), "dismiss", "--scope", scope.id(), Long.toString(s.id()))));
        }
        String value = lines.length() == 0 ? messages.getMessage("card.none") : lines.toString().strip();
        return Reply.of(new Card(messages.getMessage("admin.card.suggestions", new Object[] {scope}), null, Card.Colour.ROLE,
                List.of(new Card.Field(messages.getMessage("admin.card.open", new Object[] {open.get().size()}), value, false)),
                "", actions), open.get());
    }

    private Reply handleSuggestion(Editor editor, Scope scope, String sub, List<String> words) {
        if (words.size() != 1 || !words.get(0).matches("#?\\d{1,18}")) {
            return usage(null);
        }
        long id = Long.parseLong(words.get(0).replace("#", ""));
        AdminResult result = sub.equals("accept") ? suggestions.accept(editor, scope, id) : suggestions.dismiss(editor, scope, id);
        return replies.of(result);
    }

    /** Runs {@code action} on the slug the typed name means in the scope, or answers "did you mean" with the same subcommand. */
    private Reply byName(Scope scope, String sub, List<String> words, java.util.function.Function<String, Reply> action) {
        String name = String.join(" ", words).strip();
        if (name.isEmpty()) {
            return usage(null);
        }
        NameResolution resolution = catalogs.of(scope).resolve(name);
        if (resolution instanceof NameResolution.Found found) {
            return action.apply(found.role().slug());
        }
        return names.unresolved(name, resolution, role -> sub.equals("edit")
                ? CommandCall.of("role", role.slug())
                : CommandCall.of(name(), sub, "--scope", scope.id(), role.slug()));
    }

    private Card card(String title, String yaml) {
        List<Card.Field> fields = yaml == null ? List.of() : List.of(new Card.Field("YAML", yaml.strip(), false));
        return new Card(title, null, Card.Colour.ROLE, fields, "", List.of());
    }

    private Reply usage(String detail) {
        String text = messages.getMessage("chat.usage.roleAdmin");
        return Reply.error(Reply.Problem.USAGE, detail == null ? text : detail + "\n" + text);
    }

    /** Takes {@code --name value} out of the words, if present. */
    private static Optional<String> option(List<String> words, String name) {
        int at = words.indexOf(name);
        if (at < 0 || at + 1 >= words.size()) {
            return Optional.empty();
        }
        String value = words.get(at + 1);
        words.remove(at + 1);
        words.remove(at);
        return Optional.of(value);
    }
}
