package dev.careeradvisor.chat;

import dev.careeradvisor.catalog.Scope;

/** Which scope a person's request reads and writes: their community's, or global where there is none. */
public final class Scopes {

    private Scopes() {
    }

    public static Scope of(Actor actor) {
        return actor.community() == null ? Scope.GLOBAL : Scope.community(actor.platform().name(), actor.community());
    }
}
