package dev.careeradvisor.chat;

import java.util.Arrays;
import java.util.Locale;

import dev.careeradvisor.admin.Suggestions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.MessageSourceAccessor;

/** Tells the person who suggested something that it was accepted or dismissed, where their platform allows. */
class SuggestionNotices {

    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor messages;

    SuggestionNotices(ApplicationEventPublisher events, MessageSourceAccessor messages) {
        this.events = events;
        this.messages = messages;
    }

    @EventListener
    void on(Suggestions.SuggestionHandled handled) {
        Arrays.stream(Platform.values())
                .filter(platform -> platform.name().toLowerCase(Locale.ROOT).equals(handled.platform()))
                .findFirst()
                .ifPresent(platform -> events.publishEvent(new PersonNotice(platform, handled.userId(),
                        messages.getMessage("suggest.notice." + handled.status(), new Object[] {handled.text()}))));
    }
}
