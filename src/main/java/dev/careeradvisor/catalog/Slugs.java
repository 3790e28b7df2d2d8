package dev.careeradvisor.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Derives the URL- and file-safe slug of a role from its name. */
public final class Slugs {

    public static final int MAX_LENGTH = 64;
    static final Pattern VALID = Pattern.compile("[a-z0-9-]+");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** The slug of a name, or an empty string when the name holds no letter or digit of a-z, 0-9. */
    public static String of(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        return slug.length() <= MAX_LENGTH ? slug : trimHyphens(slug.substring(0, MAX_LENGTH));
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
