package dev.careeradvisor;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the bot in one of three ways: a subcommand ({@code compare}, {@code role},
 * {@code validate-roles}, {@code chat}) runs once without a web server and exits with its code; with
 * no platform token and a terminal on stdin (or {@code --console}) the local console chat opens
 * beside the HTTP API; otherwise the HTTP API and the configured platforms run until stopped.
 */
@SpringBootApplication
public class CareerAdvisorApplication {

    static final Set<String> ONE_SHOT = Set.of("compare", "role", "validate-roles", "chat");
    static final String ONE_SHOT_PROFILE = "oneshot";
    static final String CONSOLE_PROFILE = "console";
    static final Set<String> PLATFORM_TOKENS = Set.of("DISCORD_TOKEN", "TELEGRAM_BOT_TOKEN");

    /**
     * Whether a person sits at this process's terminal. From Java 22 {@code System.console()} exists
     * also without one (a container, a pipe), and only {@code isTerminal()} tells; it is asked by
     * reflection, since the code is compiled for Java 17.
     */
    static boolean onATerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    public static void main(String[] args) {
        if (args.length > 0 && ONE_SHOT.contains(args[0])) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(CareerAdvisorApplication.class)
                    .web(WebApplicationType.NONE)
                    .profiles(ONE_SHOT_PROFILE)
                    .run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication application = new SpringApplication(CareerAdvisorApplication.class);
        if (wantsConsole(args, System.getenv(), onATerminal())) {
            application.setAdditionalProfiles(CONSOLE_PROFILE);
            application.setDefaultProperties(Map.of("console.interactive", "true"));
        }
        application.run(args);
    }

    /** The console opens when asked for, or when nothing else would talk to the user and a person is at the terminal. */
    static boolean wantsConsole(String[] args, Map<String, String> environment, boolean terminal) {
        boolean forced = Arrays.asList(args).contains("--console");
        boolean noPlatform = PLATFORM_TOKENS.stream().allMatch(token -> environment.getOrDefault(token, "").isBlank());
        return forced || (terminal && noPlatform);
    }
}
