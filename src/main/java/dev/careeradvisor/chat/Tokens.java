package dev.careeradvisor.chat;

/** How platforms show their secrets in logs and health: never whole. */
public final class Tokens {

    private Tokens() {
    }

    /** "****" and the last four characters, enough to tell two tokens apart and useless to anyone else. */
    public static String masked(String token) {
        return token.length() <= 8 ? "****" : "****" + token.substring(token.length() - 4);
    }

    /** The text with every occurrence of the token masked (an error message that quotes a request URL). */
    public static String scrubbed(String text, String token) {
        return token.isEmpty() || text == null ? String.valueOf(text) : text.replace(token, masked(token));
    }
}
