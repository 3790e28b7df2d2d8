package dev.careeradvisor.chat;

import java.util.ArrayList;
import java.util.List;

import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.Role;

/** {@code roles [category] [--page N]}: the catalog, a page at a time. */
final class RolesCommand implements ChatCommand {

    private final Catalogs catalogs;
    private final RoleCards cards;
    private final int pageSize;

    RolesCommand(Catalogs catalogs, RoleCards cards, int pageSize) {
        this.catalogs = catalogs;
        this.cards = cards;
        this.pageSize = pageSize;
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public Reply handle(Actor actor, List<String> arguments) {
        Catalog catalog = catalogs.of(Scopes.of(actor));
        int page = 1;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).equals("--page") && i + 1 < arguments.size() && arguments.get(i + 1).matches("\\d{1,6}")) {
                page = Integer.parseInt(arguments.get(++i));
            } else {
                words.add(arguments.get(i));
            }
        }
        String category = String.join(" ", words).strip();
        List<Role> roles = category.isEmpty() ? catalog.roles() : catalog.inCategory(category);
        String shownCategory = roles.isEmpty() ? category : category.isEmpty() ? "" : roles.get(0).category();
        return Reply.of(cards.catalog(roles, shownCategory, page, pageSize), roles);
    }
}
