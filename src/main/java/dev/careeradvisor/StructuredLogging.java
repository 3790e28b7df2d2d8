package dev.careeradvisor;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Turns on the profile that logback-spring.xml keys its JSON console on, whenever
 * {@code logging.structured.format.console} is set (ecs, logstash, gelf), wherever it is set. It runs
 * after the configuration files are read and before logging starts.
 */
class StructuredLogging implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "structured-logging";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty("logging.structured.format.console");
        if (format != null && !format.isBlank()) {
            environment.addActiveProfile(PROFILE);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
