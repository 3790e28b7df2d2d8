package dev.careeradvisor.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Downloads the YAML file attached to a message, refused by its size before any download. The file
 * address is built from our {@code telegram.api-url}, since the library's {@code downloadFile} ignores it.
 */
final class Documents {

    static final long MAX_BYTES = 1024 * 1024;

    private final TelegramSender sender;
    private final URI api;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Documents(TelegramSender sender, URI api, String token) {
        this.sender = sender;
        this.api = api;
        this.token = token;
    }

    /** The file's text, or empty when it is too large or cannot be fetched. */
    Optional<String> text(Document document) throws TelegramApiException {
        if (document.getFileSize() != null && document.getFileSize() > MAX_BYTES) {
            return Optional.empty();
        }
        String path = sender.send(GetFile.builder().fileId(document.getFileId()).build()).getFilePath();
        String base = api.toString().replaceAll("/+$", "");
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + "/file/bot" + token + "/" + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
