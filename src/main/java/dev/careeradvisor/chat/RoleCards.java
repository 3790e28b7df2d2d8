package dev.careeradvisor.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.compare.Glance;
import dev.careeradvisor.compare.GlanceRow;
import org.springframework.context.support.MessageSourceAccessor;

/** Builds one role's card and the paged catalog card. */
final class RoleCards {

    private final MessageSourceAccessor messages;
    private final Glance glance;

    RoleCards(MessageSourceAccessor messages, Glance glance) {
        this.messages = messages;
        this.glance = glance;
    }

    Card role(Role role, List<Role> others) {
        List<GlanceRow> rows = glance.rows(role, role);
        List<Card.Field> fields = new ArrayList<>();
        fields.add(new Card.Field(messages.getMessage("card.glance"), rows.stream().map(GlanceRow::label).collect(Collectors.joining("\n")), true));
        fields.add(new Card.Field(role.name(), rows.stream().map(GlanceRow::a).collect(Collectors.joining("\n")), true));
        if (!role.aliases().isEmpty()) {
            fields.add(new Card.Field(messages.getMessage("card.role.aliases"), String.join(", ", role.aliases()), false));
        }
        fields.add(new Card.Field(messages.getMessage("card.role.skills", new Object[] {role.skills().size()}),
                CardText.lines(role.skills(), "- ", messages.getMessage("card.none")), false));
        List<Action> actions = new ArrayList<>();
        List<Action.Option> options = others.stream().limit(ComparisonCards.MAX_OPTIONS)
                .map(other -> new Action.Option(other.name(), CommandCall.of("compare", role.slug(), other.slug())))
                .toList();
        if (!options.isEmpty()) {
            actions.add(new Action.Choice(messages.getMessage("action.compareWith", new Object[] {role.name()}), options));
        }
        actions.add(new Action.Button(messages.getMessage("action.allRoles"), CommandCall.of("roles")));
        return new Card(role.name(), role.summary(), Card.Colour.ROLE, fields,
                messages.getMessage("card.sources", new Object[] {CardText.sources(role.sources())}), actions);
    }

    /** One page (numbered from 1) of the roles given, with Previous and Next where there are more. */
    Card catalog(List<Role> roles, String category, int page, int pageSize) {
        int pages = Math.max(1, (roles.size() + pageSize - 1) / pageSize);
        int shown = Math.min(Math.max(page, 1), pages);
        List<Role> onPage = roles.subList((shown - 1) * pageSize, Math.min(roles.size(), shown * pageSize));
        String title = category.isEmpty()
                ? messages.getMessage("card.catalog.title", new Object[] {roles.size()})
                : messages.getMessage("card.catalog.titleInCategory", new Object[] {category, roles.size()});
        String list = onPage.stream()
                .map(r -> messages.getMessage("card.catalog.entry", new Object[] {r.name(), r.category(),
                        dev.careeradvisor.compare.Figures.salaryRange(r.salary()), dev.careeradvisor.compare.Figures.demand(r.demand())}))
                .collect(Collectors.joining("\n"));
        List<Card.Field> fields = List.of(new Card.Field(messages.getMessage("card.catalog.page", new Object[] {shown, pages}),
                list.isEmpty() ? messages.getMessage("card.catalog.empty") : list, false));
        List<Action> actions = new ArrayList<>();
        if (shown > 1) {
            actions.add(new Action.Button(messages.getMessage("action.previous"), page(shown - 1, category)));
        }
        if (shown < pages) {
            actions.add(new Action.Button(messages.getMessage("action.next"), page(shown + 1, category)));
        }
        if (!onPage.isEmpty()) {
            actions.add(new Action.Choice(messages.getMessage("action.openRole"), onPage.stream()
                    .map(r -> new Action.Option(r.name(), CommandCall.of("role", r.slug()))).toList()));
        }
        return new Card(title, null, Card.Colour.CATALOG, fields, messages.getMessage("card.catalog.footer"), actions);
    }

    private static CommandCall page(int page, String category) {
        List<String> arguments = new ArrayList<>(List.of("--page", Integer.toString(page)));
        if (!category.isEmpty()) {
            arguments.add(category);
        }
        return new CommandCall("roles", arguments);
    }
}
