package dev.careeradvisor.telegram;

import java.net.URI;

import org.telegram.telegrambots.meta.TelegramUrl;

/** The library's address type from our {@code telegram.api-url} setting. */
final class TelegramClients {

    private TelegramClients() {
    }

    static TelegramUrl url(URI api) {
        String scheme = api.getScheme() == null ? "https" : api.getScheme();
        int port = api.getPort() >= 0 ? api.getPort() : scheme.equals("http") ? 80 : 443;
        return new TelegramUrl(scheme, api.getHost(), port, false);
    }
}
