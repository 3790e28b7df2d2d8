package dev.careeradvisor.compare;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import dev.careeradvisor.catalog.Salary;

/** Formats role figures in the seed pages' units: "$135,000-$210,000/yr", "9.0/10", "15%". */
public final class Figures {

    private Figures() {
    }

    public static String salaryRange(Salary salary) {
        return amount(salary.min(), salary.currency()) + "-" + amount(salary.max(), salary.currency()) + per(salary.period());
    }

    public static String salaryMax(Salary salary) {
        return amount(salary.max(), salary.currency()) + per(salary.period());
    }

    /** A yearly figure, as verdicts compare salaries of different periods. */
    public static String yearly(BigDecimal amount, Currency currency) {
        return amount(amount, currency) + per(Salary.Period.YEAR);
    }

    public static String demand(double demand) {
        return String.format(Locale.ROOT, "%.1f/10", demand);
    }

    public static String percent(int percent) {
        return percent + "%";
    }

    private static String amount(BigDecimal amount, Currency currency) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        String symbol = currency.getSymbol(Locale.US);
        String number = format.format(amount);
        return symbol.equals(currency.getCurrencyCode()) ? symbol + " " + number : symbol + number;
    }

    private static String per(Salary.Period period) {
        return switch (period) {
            case YEAR -> "/yr";
            case MONTH -> "/mo";
            case HOUR -> "/hr";
        };
    }
}
