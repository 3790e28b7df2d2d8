package dev.careeradvisor.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Webhook mode: Telegram's posts carry the shared secret; anything else is refused and not processed. */
@SpringBootTest
@AutoConfigureMockMvc
class TelegramWebhookTest {

    static final FakeBotApi API = start();

    static FakeBotApi start() {
        try {
            return new FakeBotApi();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("TELEGRAM_BOT_TOKEN", () -> FakeBotApi.TOKEN);
        registry.add("telegram.api-url", API::url);
        registry.add("telegram.webhook.url", () -> "https://bot.example/telegram/webhook");
        registry.add("telegram.webhook.secret-token", () -> "s3cret-for-tests");
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    @Autowired
    MockMvc mvc;

    @Test
    void registersTheWebhookWithItsSecretAndAnswersOnlySignedUpdates() throws Exception {
        FakeBotApi.Call registered = API.await("setWebhook", call -> true);
        assertThat(registered.body().toString()).contains("s3cret-for-tests").contains("https://bot.example/telegram/webhook");
        String update = "{\"update_id\":1," + FakeBotApi.privateText(901, "/role routing").substring(1);

        mvc.perform(post("/telegram/webhook").contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/telegram/webhook").contentType(MediaType.APPLICATION_JSON).content(update)
                        .header("X-Telegram-Bot-Api-Secret-Token", "wrong"))
                .andExpect(status().isUnauthorized());
        Thread.sleep(500);
        assertThat(API.calls("sendMessage")).isEmpty();

        mvc.perform(post("/telegram/webhook").contentType(MediaType.APPLICATION_JSON).content(update)
                        .header("X-Telegram-Bot-Api-Secret-Token", "s3cret-for-tests"))
                .andExpect(status().isOk());
        assertThat(API.await("sendMessage", call -> call.body().path("chat_id").asLong() == 901).body().path("text").asString())
                .startsWith("<b>AI Model Routing Engineer</b>");
        assertThat(API.calls("getUpdates")).isEmpty();
    }
}
