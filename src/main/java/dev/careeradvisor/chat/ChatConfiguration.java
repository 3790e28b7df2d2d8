package dev.careeradvisor.chat;

import java.util.List;
import java.util.Locale;

import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.compare.ComparisonService;
import dev.careeradvisor.compare.Glance;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChatProperties.class)
class ChatConfiguration {

    @Bean
    ChatService chatService(Catalogs catalog, ComparisonService comparisons, Glance glance, MessageSource messageSource,
            ChatProperties properties) {
        MessageSourceAccessor messages = new MessageSourceAccessor(messageSource, Locale.ENGLISH);
        return create(catalog, comparisons, glance, messages, properties);
    }

    /** The command layer as the application wires it; tests build it the same way. */
    static ChatService create(Catalogs catalog, ComparisonService comparisons, Glance glance, MessageSourceAccessor messages,
            ChatProperties properties) {
        ComparisonCards comparisonCards = new ComparisonCards(messages);
        RoleCards roleCards = new RoleCards(messages, glance);
        NameReplies names = new NameReplies(messages);
        CompareCommand compare = new CompareCommand(catalog, comparisons, comparisonCards, names, messages);
        List<ChatCommand> commands = List.of(
                compare,
                new SkillsCommand(compare, catalog, comparisons, comparisonCards),
                new RoleCommand(catalog, roleCards, names, messages),
                new RolesCommand(catalog, roleCards, properties.pageSize()),
                new HelpCommand(messages));
        return new ChatService(new CommandRegistry(commands), catalog,
                new ChatRateLimiter(properties.userPerMinute(), properties.communityPerMinute()), messages);
    }
}
