package dev.careeradvisor.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: Telegram posts updates here ({@code POST /telegram/webhook}). A request without the
 * configured secret in {@code X-Telegram-Bot-Api-Secret-Token} is refused with 401 and not read.
 */
@RestController
@Conditional(TelegramConfiguration.TokenSet.class)
@Profile("!oneshot")
class TelegramWebhookController {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final byte[] secret;
    private final TelegramConnector connector;

    TelegramWebhookController(TelegramProperties properties, TelegramConnector connector) {
        String token = properties.webhook().secretToken();
        this.secret = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
        this.connector = connector;
    }

    @PostMapping("/telegram/webhook")
    ResponseEntity<Void> receive(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) @Nullable String token,
            @RequestBody byte[] body) {
        byte[] given = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
        if (secret.length == 0 || !MessageDigest.isEqual(secret, given)) {
            return ResponseEntity.status(401).build();
        }
        try {
            connector.dispatch(JSON.readValue(body, Update.class));
        } catch (java.io.IOException e) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok().build();
    }
}
