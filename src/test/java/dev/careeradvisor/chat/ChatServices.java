package dev.careeradvisor.chat;

import dev.careeradvisor.Messages;
import java.time.Duration;
import java.util.List;

import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.Catalogs;
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
        return over(new Catalogs(catalog.roles(), scope -> List.of(), Duration.ofMinutes(1)), properties);
    }

    public static ChatService over(Catalogs catalogs) {
        return over(catalogs, new ChatProperties(20, 120, 10));
    }

    static ChatService over(Catalogs catalogs, ChatProperties properties) {
        return ChatConfiguration.create(catalogs, Comparisons.service(), new Glance(Messages.accessor()),
                Messages.accessor(), properties, List.of(), null, null, ChatMetrics.inMemory());
    }
}
