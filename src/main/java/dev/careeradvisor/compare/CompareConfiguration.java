package dev.careeradvisor.compare;

import java.util.Locale;

import dev.careeradvisor.catalog.Catalog;
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
    ComparisonService comparisonService(SkillMatcher matcher, Catalog catalog, Glance glance,
            MessageSource messageSource, CompareProperties properties) {
        return new ComparisonService(matcher, catalog, glance, new MessageSourceAccessor(messageSource, Locale.ENGLISH),
                properties.cacheSize());
    }

    @Bean
    Glance glance(MessageSource messageSource) {
        return new Glance(new MessageSourceAccessor(messageSource, Locale.ENGLISH));
    }
}
