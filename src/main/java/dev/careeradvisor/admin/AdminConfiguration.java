package dev.careeradvisor.admin;

import java.util.HashSet;
import java.util.Locale;

import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.RoleFolder;
import dev.careeradvisor.catalog.RoleStore;
import dev.careeradvisor.catalog.RoleValidator;
import dev.careeradvisor.catalog.RoleYaml;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class AdminConfiguration {

    @Bean
    Permissions permissions(AdminProperties properties, MessageSource messageSource) {
        return new Permissions(new HashSet<>(properties.owners()), accessor(messageSource));
    }

    @Bean
    AuditLog auditLog(JdbcClient jdbc) {
        return new AuditLog(jdbc);
    }

    @Bean
    AdminService adminService(RoleStore store, Catalogs catalogs, RoleYaml yaml, RoleValidator validator, Permissions permissions,
            AuditLog audit, TransactionTemplate transactions, ApplicationEventPublisher events, MessageSource messageSource) {
        return new AdminService(store, catalogs, yaml, validator, permissions, audit, transactions, events, accessor(messageSource));
    }

    @Bean
    RoleTransfers roleTransfers(AdminService admin, RoleStore store, Catalogs catalogs, RoleYaml yaml, RoleFolder folder,
            Permissions permissions, AuditLog audit, TransactionTemplate transactions, ApplicationEventPublisher events,
            MessageSource messageSource) {
        return new RoleTransfers(admin, store, catalogs, yaml, folder, permissions, audit, transactions, events,
                accessor(messageSource));
    }

    @Bean
    Suggestions suggestions(JdbcClient jdbc, Permissions permissions, ApplicationEventPublisher events,
            MessageSource messageSource, AdminProperties properties) {
        return new Suggestions(jdbc, permissions, events, accessor(messageSource), properties.suggestionsPerHour());
    }

    @Bean
    BundledChangeCheck bundledChangeCheck(RoleStore store, Catalogs catalogs, AuditLog audit, TransactionTemplate transactions) {
        return new BundledChangeCheck(store, catalogs, audit, transactions);
    }

    private static MessageSourceAccessor accessor(MessageSource messageSource) {
        return new MessageSourceAccessor(messageSource, Locale.ENGLISH);
    }
}
