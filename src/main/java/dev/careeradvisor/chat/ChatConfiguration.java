package dev.careeradvisor.chat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import dev.careeradvisor.admin.AdminService;
import dev.careeradvisor.advise.AdviceService;
import dev.careeradvisor.admin.RoleTransfers;
import dev.careeradvisor.admin.Suggestions;
import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.RoleValidator;
import io.micrometer.core.instrument.MeterRegistry;
import dev.careeradvisor.compare.ComparisonService;
import dev.careeradvisor.compare.Glance;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChatProperties.class)
@EnableScheduling
class ChatConfiguration {

    @Bean
    ComponentStore componentStore(JdbcClient jdbc) {
        return new ComponentStore(jdbc, JsonMapper.builder().build(), Clock.systemUTC());
    }

    @Bean
    ConversationStore conversationStore(JdbcClient jdbc, TransactionTemplate transactions) {
        return new ConversationStore(jdbc, JsonMapper.builder().build(), transactions, Clock.systemUTC());
    }

    @Bean
    SuggestionNotices suggestionNotices(ApplicationEventPublisher events, MessageSource messageSource) {
        return new SuggestionNotices(events, new MessageSourceAccessor(messageSource, Locale.ENGLISH));
    }

    @Bean
    DeliveryStore deliveryStore(JdbcClient jdbc) {
        return new DeliveryStore(jdbc, Clock.systemUTC());
    }

    @Bean
    StoreCleanup storeCleanup(ComponentStore components, ConversationStore conversations, DeliveryStore deliveries) {
        return new StoreCleanup(components, conversations, deliveries);
    }

    @Bean
    ChatService chatService(Catalogs catalog, ComparisonService comparisons, Glance glance, MessageSource messageSource,
            ChatProperties properties, AdminService admin, RoleTransfers transfers, Suggestions suggestions,
            AdviceService advice, ConversationStore conversations, RoleValidator validator, MeterRegistry registry) {
        MessageSourceAccessor messages = new MessageSourceAccessor(messageSource, Locale.ENGLISH);
        RoleAddDialogue dialogue = new RoleAddDialogue(conversations, validator, admin, new AdminReplies(messages), messages);
        return create(catalog, comparisons, glance, messages, properties, List.of(
                new RoleAdminCommand(admin, transfers, suggestions, catalog, new AdminReplies(messages), new NameReplies(messages), messages, dialogue),
                new SuggestCommand(suggestions, new AdminReplies(messages), messages),
                new AdviseCommand(advice, catalog, conversations, messages)), admin, dialogue, new ChatMetrics(registry));
    }

    /** The command layer as the application wires it, plus {@code more} commands; tests build it the same way. */
    static ChatService create(Catalogs catalog, ComparisonService comparisons, Glance glance, MessageSourceAccessor messages,
            ChatProperties properties, List<ChatCommand> more, @Nullable AdminService admin, @Nullable RoleAddDialogue dialogue,
            ChatMetrics metrics) {
        ComparisonCards comparisonCards = new ComparisonCards(messages);
        RoleCards roleCards = new RoleCards(messages, glance);
        NameReplies names = new NameReplies(messages);
        CompareCommand compare = new CompareCommand(catalog, comparisons, comparisonCards, names, messages);
        List<ChatCommand> commands = new java.util.ArrayList<>(List.of(
                compare,
                new SkillsCommand(compare, catalog, comparisons, comparisonCards),
                new RoleCommand(catalog, roleCards, names, messages),
                new RolesCommand(catalog, roleCards, properties.pageSize())));
        commands.addAll(more);
        commands.add(new HelpCommand(messages, commands.stream().map(ChatCommand::name).collect(java.util.stream.Collectors.toSet())));
        return new ChatService(new CommandRegistry(commands), catalog,
                new ChatRateLimiter(properties.userPerMinute(), properties.communityPerMinute()), messages, admin, dialogue, metrics);
    }
}
