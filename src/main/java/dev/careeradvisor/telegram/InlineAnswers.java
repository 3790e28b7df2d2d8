package dev.careeradvisor.telegram;

import java.util.ArrayList;
import java.util.List;

import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.Card;
import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.Platform;
import dev.careeradvisor.chat.Reply;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

/**
 * Inline mode: "@Bot routing vs middleware" in any chat offers the comparison card, "@Bot rout" the
 * matching roles' cards, as articles (at most 50, each a valid message). Inline mode reads the
 * global catalog; the answer comes from memory.
 */
final class InlineAnswers {

    static final int MAX_RESULTS = 50;
    private static final int DESCRIPTION = 120;

    private final ChatService chat;

    InlineAnswers(ChatService chat) {
        this.chat = chat;
    }

    AnswerInlineQuery answer(InlineQuery query) {
        User user = query.getFrom();
        Actor actor = new Actor(Platform.TELEGRAM, Long.toString(user.getId()), user.getFirstName(), null, false);
        List<InlineQueryResult> results = new ArrayList<>();
        List<Card> cards = chat.cardsWhileTyping(actor, query.getQuery() == null ? "" : query.getQuery(), MAX_RESULTS);
        for (Card card : cards) {
            String html = TelegramHtml.of(Reply.of(card, null));
            results.add(InlineQueryResultArticle.builder()
                    .id("r" + results.size())
                    .title(card.title())
                    .description(description(card))
                    .inputMessageContent(InputTextMessageContent.builder().messageText(html).parseMode("HTML")
                            .disableWebPagePreview(true).build())
                    .build());
        }
        return AnswerInlineQuery.builder().inlineQueryId(query.getId()).results(results).cacheTime(60).isPersonal(false).build();
    }

    private static String description(Card card) {
        String text = card.fields().isEmpty() ? card.footer() : card.fields().get(card.fields().size() > 1 ? 1 : 0).value().replace('\n', ' ');
        return text.length() > DESCRIPTION ? text.substring(0, DESCRIPTION - 1) + "…" : text;
    }
}
