package dev.careeradvisor.chat;

import java.util.Locale;

import dev.careeradvisor.admin.Editor;

/** The person behind a chat request, as the admin service needs to know them. */
final class Editors {

    private Editors() {
    }

    static Editor of(Actor actor) {
        return new Editor(actor.platform().name().toLowerCase(Locale.ROOT), actor.userId(), actor.displayName(),
                actor.community(), actor.moderator());
    }
}
