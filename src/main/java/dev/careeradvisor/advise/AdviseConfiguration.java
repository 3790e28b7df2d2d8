package dev.careeradvisor.advise;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;

@Configuration(proxyBeanMethods = false)
class AdviseConfiguration {

    @Bean
    AdviceService adviceService(MessageSource messageSource) {
        return new AdviceService(AdviceWeights.DEFAULT, new MessageSourceAccessor(messageSource, Locale.ENGLISH));
    }
}
