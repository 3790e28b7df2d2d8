package dev.careeradvisor.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** A pay range in one currency, paid per {@link Period}. */
public record Salary(BigDecimal min, BigDecimal max, Currency currency, Period period) {

    public BigDecimal yearlyMax() {
        return max.multiply(BigDecimal.valueOf(period.perYear));
    }

    /** How often the figures are paid; comparisons turn each into a yearly figure. */
    public enum Period {
        YEAR(1), MONTH(12), HOUR(2080);

        private final int perYear;

        Period(int perYear) {
            this.perYear = perYear;
        }

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
