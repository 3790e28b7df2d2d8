package dev.careeradvisor.advise;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A person's answers to the quiz; a null answer is a skipped question and counts for nothing. */
public record Answers(@Nullable Coding coding, @Nullable Remote remote, @Nullable Learning learning,
        @Nullable Priority priority, @Nullable String interest) {

    public static final Answers NONE = new Answers(null, null, null, null, null);

    /** Do you enjoy writing code? */
    public enum Coding implements Choice {
        YES("yes"), SOME("some"), NO("no");

        private final String key;

        Coding(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    /** Do you need remote work? */
    public enum Remote implements Choice {
        YES("yes"), ANY("any");

        private final String key;

        Remote(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    /** How long can you spend learning before the first job? {@code months} is null for "longer". */
    public enum Learning implements Choice {
        SIX("6", 6), TWELVE("12", 12), LONGER("longer", null);

        private final String key;
        private final Integer months;

        Learning(String key, Integer months) {
            this.key = key;
            this.months = months;
        }

        @Override
        public String key() {
            return key;
        }

        @Nullable
        public Integer months() {
            return months;
        }
    }

    /** What matters more: the criterion whose weight is raised. */
    public enum Priority implements Choice {
        SALARY_CEILING("salaryCeiling"), AI_REPLACEMENT_RISK("aiReplacementRisk"), DEMAND("demand"), ENTRY_BARRIER("entryBarrier");

        private final String key;

        Priority(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    /** An answer as the JSON API and the chat buttons spell it. */
    public interface Choice {
        String key();
    }

    /** The answer a key spells, if it is one of the allowed ones. */
    public static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.key().equalsIgnoreCase(key.strip())).findFirst();
    }

    /** The allowed keys of an answer, for error messages. */
    public static <E extends Enum<E> & Choice> List<String> keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::key).toList();
    }
}
