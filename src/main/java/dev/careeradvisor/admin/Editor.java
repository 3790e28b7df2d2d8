package dev.careeradvisor.admin;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Who asks for a change, as the platform describes them.
 *
 * @param platform  {@code console}, {@code discord} or {@code telegram}
 * @param community the community the request was made in, or null (console, direct messages)
 * @param moderator whether the platform says this person moderates that community
 */
public record Editor(String platform, String userId, String displayName, @Nullable String community, boolean moderator) {

    public Editor {
        platform = platform.toLowerCase(Locale.ROOT);
    }

    /** How owners are listed in {@code admin.owners}: {@code discord:123}. */
    public String ownerKey() {
        return platform + ":" + userId;
    }

    /** The person at the local console, who owns the bot they run. */
    public boolean isLocal() {
        return platform.equals("console");
    }
}
