package dev.careeradvisor.chat;

import dev.careeradvisor.Messages;
import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.compare.Comparisons;
import dev.careeradvisor.compare.Glance;

/** The chat command layer as the application wires it, for tests without a Spring context. */
public final class ChatServices {

    private ChatServices() {
    }

    public static ChatService over(Catalog catalog) {
        return over(catalog, new ChatProperties(20, 120, 10));
    }

    static ChatService over(Catalog catalog, ChatProperties properties) {
        return ChatConfiguration.create(catalog, Comparisons.over(catalog), new Glance(Messages.accessor()),
                Messages.accessor(), properties);
    }
}
