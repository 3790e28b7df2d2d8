package dev.careeradvisor.chat;

import java.util.List;

import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.NameResolution;
import org.springframework.context.support.MessageSourceAccessor;

/** {@code role NAME}: one role's card. */
final class RoleCommand implements ChatCommand {

    private final Catalogs catalogs;
    private final RoleCards cards;
    private final NameReplies names;
    private final MessageSourceAccessor messages;

    RoleCommand(Catalogs catalogs, RoleCards cards, NameReplies names, MessageSourceAccessor messages) {
        this.catalogs = catalogs;
        this.cards = cards;
        this.names = names;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "role";
    }

    @Override
    public Reply handle(Actor actor, List<String> arguments) {
        Catalog catalog = catalogs.of(Scopes.of(actor));
        String name = String.join(" ", arguments).strip();
        if (name.isEmpty()) {
            return Reply.error(Reply.Problem.USAGE, messages.getMessage("chat.usage.role"),
                    List.of(new Action.Button(messages.getMessage("action.allRoles"), CommandCall.of("roles"))));
        }
        NameResolution resolution = catalog.resolve(name);
        if (resolution instanceof NameResolution.Found found) {
            return Reply.of(cards.role(found.role(), ChatService.others(catalog, ComparisonCards.MAX_OPTIONS, found.role())), found.role());
        }
        return names.unresolved(name, resolution, role -> CommandCall.of("role", role.slug()));
    }
}
