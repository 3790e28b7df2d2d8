package dev.careeradvisor.compare;

import java.util.Locale;

import dev.careeradvisor.catalog.Catalogs;
import dev.careeradvisor.catalog.Scope;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CompareProperties.class)
class CompareConfiguration {

    @Bean
    SkillMatcher skillMatcher(CompareProperties properties) {
        return new LuceneSkillMatcher(properties.relatedThreshold());
    }

    @Bean
    ComparisonService comparisonService(SkillMatcher matcher, Catalogs catalogs, Glance glance,
            MessageSource messageSource, CompareProperties properties) {
        ComparisonService service = new ComparisonService(matcher, glance,
                new MessageSourceAccessor(messageSource, Locale.ENGLISH), properties.cacheSize());
        service.prepare(catalogs.of(Scope.GLOBAL));
        return service;
    }

    @Bean
    Glance glance(MessageSource messageSource) {
        return new Glance(new MessageSourceAccessor(messageSource, Locale.ENGLISH));
    }
}
