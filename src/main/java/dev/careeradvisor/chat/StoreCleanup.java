package dev.careeradvisor.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes expired component keys, dialogues and delivery marks now and then, so that the tables stay small. */
class StoreCleanup {

    private static final Logger log = LoggerFactory.getLogger(StoreCleanup.class);

    private final ComponentStore components;
    private final ConversationStore conversations;
    private final DeliveryStore deliveries;

    StoreCleanup(ComponentStore components, ConversationStore conversations, DeliveryStore deliveries) {
        this.components = components;
        this.conversations = conversations;
        this.deliveries = deliveries;
    }

    @Scheduled(fixedDelayString = "${chat.cleanup-interval:PT10M}", initialDelayString = "${chat.cleanup-interval:PT10M}")
    void purge() {
        int removed = components.purgeExpired() + conversations.purgeExpired() + deliveries.purgeExpired();
        if (removed > 0) {
            log.debug("Deleted {} expired component keys and dialogues", removed);
        }
    }
}
