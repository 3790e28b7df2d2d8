package dev.careeradvisor.chat;

import java.util.List;

import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.NameResolution;
import dev.careeradvisor.catalog.PairResolution;
import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.compare.ComparisonService;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * {@code compare A B}: two arguments are two names; one argument is a text naming both
 * ("routing vs middleware").
 */
final class CompareCommand implements ChatCommand {

    private final Catalogs catalogs;
    private final ComparisonService comparisons;
    private final ComparisonCards cards;
    private final NameReplies names;
    private final MessageSourceAccessor messages;

    CompareCommand(Catalogs catalogs, ComparisonService comparisons, ComparisonCards cards, NameReplies names,
            MessageSourceAccessor messages) {
        this.catalogs = catalogs;
        this.comparisons = comparisons;
        this.cards = cards;
        this.names = names;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public List<String> aliases() {
        return List.of("vs");
    }

    @Override
    public Reply handle(Actor actor, List<String> arguments) {
        Catalog catalog = catalogs.of(Scopes.of(actor));
        return resolve(catalog, arguments, name(), pair -> {
            var comparison = comparisons.compare(catalog, pair.a(), pair.b());
            return Reply.of(cards.card(comparison, ChatService.others(catalog, ComparisonCards.MAX_OPTIONS, pair.a(), pair.b())), comparison);
        });
    }

    /** Resolves the two names as {@code command} takes them, and hands a valid pair to {@code answer}. */
    Reply resolve(Catalog catalog, List<String> arguments, String command,
            java.util.function.Function<PairResolution.Pair, Reply> answer) {
        if (arguments.size() > 2) {
            return usage();
        }
        if (arguments.isEmpty() || arguments.get(0).isBlank()) {
            return pick(catalog, command, null);
        }
        PairResolution resolution = arguments.size() == 2
                ? catalog.resolvePair(arguments.get(0), arguments.get(1))
                : catalog.resolvePair(arguments.get(0));
        if (resolution instanceof PairResolution.Pair pair) {
            if (pair.a().sameEntryAs(pair.b())) {
                return sameRole(catalog, pair.a());
            }
            return answer.apply(pair);
        }
        if (resolution instanceof PairResolution.Choices choices) {
            return names.choices(choices);
        }
        if (resolution instanceof PairResolution.Unresolved unresolved) {
            return names.unresolved(unresolved.name(), unresolved.resolution(), unresolved.other(),
                    role -> retry(command, arguments, unresolved.name(), role));
        }
        if (resolution instanceof PairResolution.NotTwoNames one && one.found() == 1) {
            NameResolution single = catalog.resolve(arguments.get(0));
            if (single instanceof NameResolution.Found found) {
                return pick(catalog, command, found.role());
            }
            return names.unresolved(arguments.get(0).strip(), single, role -> CommandCall.of(command, role.slug()));
        }
        return usage();
    }

    /** A guided start: with no name, the roles to pick the first from; with one, the roles to compare it with. */
    private Reply pick(Catalog catalog, String command, Role first) {
        List<Role> candidates = first == null ? catalog.roles() : ChatService.others(catalog, ComparisonCards.MAX_OPTIONS, first);
        List<Action> actions = new java.util.ArrayList<>();
        candidates.stream().limit(ComparisonCards.MAX_OPTIONS - 1).forEach(role -> actions.add(new Action.Button(role.name(),
                first == null ? CommandCall.of(command, role.slug()) : CommandCall.of(command, first.slug(), role.slug()))));
        if (candidates.size() >= ComparisonCards.MAX_OPTIONS) {
            actions.add(new Action.Button(messages.getMessage("action.allRoles"), CommandCall.of("roles")));
        }
        String title = first == null ? messages.getMessage("chat.pick.first")
                : messages.getMessage("chat.pick.second", new Object[] {first.name()});
        return Reply.of(new Card(title, messages.getMessage("chat.usage.compare"), Card.Colour.COMPARISON, List.of(), "", actions), null);
    }

    private Reply sameRole(Catalog catalog, Role role) {
        List<Action> others = ChatService.others(catalog, 5, role).stream()
                .<Action>map(other -> new Action.Button(messages.getMessage("action.pair", new Object[] {role.name(), other.name()}),
                        CommandCall.of("compare", role.slug(), other.slug())))
                .toList();
        return Reply.error(Reply.Problem.USAGE, messages.getMessage("chat.sameRole", new Object[] {role.name()}), others);
    }

    private Reply usage() {
        return Reply.error(Reply.Problem.USAGE, messages.getMessage("chat.usage.compare"),
                List.of(new Action.Button(messages.getMessage("action.allRoles"), CommandCall.of("roles"))));
    }

    /** The same command with the name that failed replaced by a suggested role's slug. */
    private static CommandCall retry(String command, List<String> arguments, String failed, Role suggestion) {
        if (arguments.size() == 2) {
            boolean first = arguments.get(0).strip().equals(failed);
            return first ? CommandCall.of(command, suggestion.slug(), arguments.get(1))
                    : CommandCall.of(command, arguments.get(0), suggestion.slug());
        }
        String text = arguments.get(0).strip().replaceAll("\\s+", " ");
        int at = text.lastIndexOf(failed);
        String replaced = at < 0 ? suggestion.slug() : text.substring(0, at) + suggestion.slug() + text.substring(at + failed.length());
        return CommandCall.of(command, replaced);
    }
}
