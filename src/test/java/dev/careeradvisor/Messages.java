package dev.careeradvisor;

import java.util.Locale;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundle, as Spring Boot configures it, for tests without a context. */
public final class Messages {

    private Messages() {
    }

    public static MessageSourceAccessor accessor() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return new MessageSourceAccessor(source, Locale.ENGLISH);
    }
}
