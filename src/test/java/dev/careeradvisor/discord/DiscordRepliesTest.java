package dev.careeradvisor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.careeradvisor.TestDatabase;
import dev.careeradvisor.catalog.BundledRoles;
import dev.careeradvisor.catalog.Catalog;
import dev.careeradvisor.catalog.CatalogGenerator;
import dev.careeradvisor.catalog.Role;
import dev.careeradvisor.TestRoles;
import dev.careeradvisor.catalog.RoleValidator;
import dev.careeradvisor.catalog.RoleYaml;
import dev.careeradvisor.chat.Actor;
import dev.careeradvisor.chat.ChatRequest;
import dev.careeradvisor.chat.ChatService;
import dev.careeradvisor.chat.ChatServices;
import dev.careeradvisor.chat.CommandCall;
import dev.careeradvisor.chat.ComponentStore;
import dev.careeradvisor.chat.Platform;
import dev.careeradvisor.chat.Reply;
import net.dv8tion.jda.api.components.ActionComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Every reply, whatever the data, is a message Discord accepts: embeds within its limits, short component ids, no mentions. */
class DiscordRepliesTest {

    static final TestDatabase database = TestDatabase.h2();
    static final ComponentStore components = new ComponentStore(database.jdbc(), JsonMapper.builder().build(), Clock.systemUTC());
    static final DiscordReplies replies = new DiscordReplies(new DiscordComponents(components));
    static final Actor member = new Actor(Platform.DISCORD, "42", "Ada", "7", false);

    @AfterAll
    static void close() {
        database.close();
    }

    /** Fails unless the message keeps to Discord's limits for embeds, content and components. */
    static void assertWithinDiscordLimits(MessageCreateData message) {
        assertThat(message.getContent().length()).isLessThanOrEqualTo(DiscordReplies.CONTENT);
        assertThat(message.getEmbeds().size()).isLessThanOrEqualTo(10);
        assertThat(message.getEmbeds().stream().mapToInt(MessageEmbed::getLength).sum()).isLessThanOrEqualTo(6000);
        for (MessageEmbed embed : message.getEmbeds()) {
            assertThat(embed.isSendable()).as("sendable embed").isTrue();
            assertThat(embed.getTitle()).hasSizeLessThanOrEqualTo(256);
            assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25);
            for (MessageEmbed.Field field : embed.getFields()) {
                assertThat(field.getName()).hasSizeBetween(1, 256);
                assertThat(field.getValue()).hasSizeBetween(1, 1024);
            }
            if (embed.getFooter() != null) {
                assertThat(embed.getFooter().getText()).hasSizeLessThanOrEqualTo(2048);
            }
        }
        assertThat(message.getComponents()).hasSizeLessThanOrEqualTo(5);
        for (var row : message.getComponents()) {
            for (ActionComponent component : ((ActionRow) row).getActionComponents()) {
                assertThat(component.getCustomId()).hasSizeLessThanOrEqualTo(100);
            }
        }
        assertThat(message.getAllowedMentions()).isEmpty();
    }

    @Test
    void everyCardOfEveryPairOfRolesWithMaximalFieldsKeepsToTheLimits() {
        List<Role> roles = new ArrayList<>(BundledRoles.all());
        roles.addAll(new CatalogGenerator(11).roles(14));
        ChatService chat = ChatServices.over(new Catalog(roles));
        List<MessageCreateData> messages = new ArrayList<>();
        for (Role a : roles) {
            messages.add(replies.of(chat.handle(ChatRequest.call(Actor.console(), CommandCall.of("role", a.slug()))), member));
            for (Role b : roles) {
                if (a == b) {
                    continue;
                }
                for (CommandCall call : List.of(CommandCall.of("compare", a.slug(), b.slug()), CommandCall.of("skills", a.slug(), b.slug()))) {
                    Reply reply = chat.handle(ChatRequest.call(Actor.console(), call));
                    assertThat(reply.isError()).as(call + ": " + reply.error()).isFalse();
                    messages.add(replies.of(reply, member));
                }
            }
        }
        messages.add(replies.of(chat.handle(ChatRequest.call(member, CommandCall.of("roles"))), member));
        messages.add(replies.of(chat.handle(ChatRequest.call(member, CommandCall.of("compare", "nothing-like-it", "x"))), member));
        messages.forEach(DiscordRepliesTest::assertWithinDiscordLimits);
        assertThat(messages.stream().flatMap(m -> m.getEmbeds().stream()).flatMap(e -> e.getFields().stream())
                .anyMatch(f -> f.getValue().contains("more"))).as("some field was long enough to be cut").isTrue();
    }

    @Test
    void aRoleNamedLikeAMentionAndMarkdownShowsAsTextAndPingsNobody() {
        String hostile = "@everyone <b>x</b> [x](http://x)";
        RoleYaml yaml = new RoleYaml(new RoleValidator());
        Role role = yaml.parse("test", TestRoles.yaml("'" + hostile + "'", "[Prompt engineering, Routing]")).role();
        Role other = yaml.parse("test", TestRoles.yaml("Plain Engineer", "[Prompt engineering]")).role();
        ChatService chat = ChatServices.over(new Catalog(List.of(role, other)));

        MessageCreateData card = replies.of(chat.handle(ChatRequest.call(member, CommandCall.of("compare", role.slug(), other.slug()))), member);
        MessageCreateData unknown = replies.of(chat.handle(ChatRequest.call(member, CommandCall.of("role", hostile + " zzz"))), member);

        assertWithinDiscordLimits(card);
        assertThat(card.getEmbeds().get(0).getTitle()).contains("\\[x\\]\\(http://x\\)").contains("\\<b\\>");
        assertThat(card.toData().getObject("allowed_mentions").getArray("parse").length()).isZero();
        assertThat(unknown.getContent()).doesNotContain("[x](http").contains("\\[x\\]");
        assertThat(unknown.toData().getObject("allowed_mentions").getArray("parse").length()).isZero();
    }

    @Test
    void componentIdsAreShortKeysThatStandForTheirCalls() {
        List<Role> roles = new CatalogGenerator(5).roles(30);
        ChatService chat = ChatServices.over(new Catalog(roles));
        Role a = roles.get(0);
        Role b = roles.get(1);
        MessageCreateData card = replies.of(chat.handle(ChatRequest.call(member, CommandCall.of("compare", a.slug(), b.slug()))), member);
        ActionRow buttons = (ActionRow) card.getComponents().get(0);
        String swap = buttons.getActionComponents().get(0).getCustomId();
        assertThat(swap).matches("k:[A-Za-z2-9]{16}");
        assertThat(components.press(swap.substring(2), member).orElseThrow().call()).isEqualTo(CommandCall.of("compare", b.slug(), a.slug()));
        ActionRow menuRow = (ActionRow) card.getComponents().get(1);
        String menu = menuRow.getActionComponents().get(0).getCustomId();
        CommandCall stored = components.press(menu.substring(2), member).orElseThrow().call();
        assertThat(DiscordComponents.picked(stored, List.of("0")).orElseThrow().command()).isEqualTo("compare");
        assertThat(DiscordComponents.picked(stored, List.of("99"))).isEmpty();
    }
}
