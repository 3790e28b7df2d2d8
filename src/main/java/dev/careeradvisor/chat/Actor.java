package dev.careeradvisor.chat;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Who is asking, as the platform describes them.
 *
 * @param community the guild or group the request was made in, or null where there is none (the
 *                  console, a direct message, a private chat)
 * @param moderator whether the platform says this person moderates that community
 */
public record Actor(Platform platform, String userId, String displayName, @Nullable String community, boolean moderator) {

    public Actor {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** The person at the local console, who owns the bot they run. */
    public static Actor console() {
        return new Actor(Platform.CONSOLE, "local", System.getProperty("user.name", "you"), null, true);
    }

    /** The key a per-user limit or store uses, unique across platforms. */
    public String key() {
        return platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + userId;
    }
}
