package dev.careeradvisor.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whose roles: {@code global} (the bundled catalog and the owners' roles) or one community
 * ({@code discord:<guildId>}, {@code telegram:<chatId>}), which sees its own roles first, then the
 * global ones.
 */
public record Scope(String id) {

    public static final Scope GLOBAL = new Scope("global");
    private static final Pattern COMMUNITY = Pattern.compile("[a-z]{2,20}:[A-Za-z0-9_.-]{1,90}");

    public Scope {
        if (!id.equals("global") && !COMMUNITY.matcher(id).matches()) {
            throw new IllegalArgumentException("A scope is \"global\" or platform:id, such as discord:123 (was \"" + id + "\")");
        }
    }

    /** Parses a typed scope, or explains what a scope looks like. */
    public static Scope parse(String id) {
        return new Scope(id.strip());
    }

    public static Scope community(String platform, String id) {
        return new Scope(platform.toLowerCase(Locale.ROOT) + ":" + id);
    }

    public boolean isGlobal() {
        return this.equals(GLOBAL);
    }

    @Override
    public String toString() {
        return id;
    }
}
