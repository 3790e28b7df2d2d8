package dev.careeradvisor.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.CatalogGenerator;
import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.chat.ChatRequest;
import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.ChatServices;
import dev.careeradvisor.chat.CommandCall;
import dev.careeradvisor.chat.Reply;
import org.junit.jupiter.api.Test;

/** Every card, whatever the data, is Telegram HTML that Telegram accepts: allowed tags only, all else escaped, within 4096. */
class TelegramHtmlTest {

    static final Pattern MARKUP = Pattern.compile("<(/?)([a-z]+)>|&(amp|lt|gt);|[<>&]");

    /** Fails unless the text uses only <b> and <i>, properly nested, and escapes every other <, > and &. */
    static void assertValidTelegramHtml(String html) {
        assertThat(html.length()).isLessThanOrEqualTo(TelegramHtml.LIMIT);
        Deque<String> open = new ArrayDeque<>();
        Matcher m = MARKUP.matcher(html);
        while (m.find()) {
            if (m.group(2) != null) {
                assertThat(m.group(2)).as("tag in " + html).isIn("b", "i");
                if (m.group(1).isEmpty()) {
                    open.push(m.group(2));
                } else {
                    assertThat(open.poll()).as("closing tag").isEqualTo(m.group(2));
                }
            } else {
                assertThat(m.group(3)).as("unescaped " + m.group() + " at " + m.start()).isNotNull();
            }
        }
        assertThat(open).isEmpty();
    }

    @Test
    void cardsOfGeneratedRolesWithHostileNamesAndMaximalFieldsAreValid() {
        List<Role> roles = new CatalogGenerator(7).roles(60);
        ChatService chat = ChatServices.over(new Catalog(roles));
        var actor = dev.careeradvisor.chat.Actor.console();
        for (int i = 0; i < roles.size(); i++) {
            Role a = roles.get(i);
            Role b = roles.get((i + 1) % roles.size());
            for (CommandCall call : List.of(CommandCall.of("compare", a.slug(), b.slug()), CommandCall.of("role", a.slug()),
                    CommandCall.of("skills", a.slug(), b.slug()))) {
                Reply reply = chat.handle(ChatRequest.call(actor, call));
                assertThat(reply.isError()).as(call + ": " + reply.error()).isFalse();
                assertValidTelegramHtml(TelegramHtml.of(reply));
            }
        }
        assertValidTelegramHtml(TelegramHtml.of(chat.handle(ChatRequest.text(actor, "/role <b>&amp; \"x\""))));
        assertValidTelegramHtml(TelegramHtml.of(chat.handle(ChatRequest.text(actor, "/roles"))));
    }

    @Test
    void aCardTooLongForOneMessageLosesLinesAndSaysHowMany() {
        List<Role> roles = new CatalogGenerator(3).roles(11);
        Role maximal = roles.get(0);
        Role other = roles.get(10);
        ChatService chat = ChatServices.over(new Catalog(roles));
        String html = TelegramHtml.of(chat.handle(ChatRequest.call(dev.careeradvisor.chat.Actor.console(),
                CommandCall.of("compare", maximal.slug(), other.slug()))));
        assertValidTelegramHtml(html);
        assertThat(html).containsPattern("… and \\d+ more");
        assertThat(html).contains(TelegramHtml.escape(maximal.name()));
    }
}
