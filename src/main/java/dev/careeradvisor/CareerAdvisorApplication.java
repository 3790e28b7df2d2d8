package dev.careeradvisor;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the bot. With a one-shot subcommand ({@code compare}, {@code role}, {@code validate-roles})
 * it runs that command without a web server and exits with its code; otherwise it serves the HTTP API
 * (and the configured chat platforms) until stopped.
 */
@SpringBootApplication
public class CareerAdvisorApplication {

    /** The subcommands that run once and exit; the profile makes them log to stderr only. */
    static final Set<String> ONE_SHOT = Set.of("compare", "role", "validate-roles");
    static final String ONE_SHOT_PROFILE = "oneshot";

    public static void main(String[] args) {
        if (args.length > 0 && ONE_SHOT.contains(args[0])) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(CareerAdvisorApplication.class)
                    .web(WebApplicationType.NONE)
                    .profiles(ONE_SHOT_PROFILE)
                    .run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(CareerAdvisorApplication.class, args);
    }
}
