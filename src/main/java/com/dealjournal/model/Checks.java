package com.dealjournal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one record; each method checks one field against one family of rules. */
final class Checks {

    private final List<Violation> violations = new ArrayList<>();

    List<Violation> result() {
        return List.copyOf(violations);
    }

    Checks add(String field, String key, Object... args) {
        violations.add(Violation.of(field, key, args));
        return this;
    }

    Checks require(String field, Object value) {
        boolean missing = value == null || (value instanceof String s && s.isBlank());
        return missing ? add(field, "validation.required") : this;
    }

    /** A required single line of text, such as a name. */
    Checks requiredLine(String field, String value) {
        return value == null || value.isBlank() ? add(field, "validation.required") : line(field, value);
    }

    /** An optional single line of text, at most {@link Limits#SHORT_TEXT} characters. */
    Checks line(String field, String value) {
        if (value == null) {
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            if (isLineBreak(value.charAt(i))) {
                add(field, "validation.singleLine");
                break;
            }
        }
        return length(field, value, Limits.SHORT_TEXT);
    }

    /** Line feed, carriage return, next line, line separator, paragraph separator. */
    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Optional free text with line breaks, at most {@link Limits#LONG_TEXT} characters. */
    Checks text(String field, String value) {
        return value == null ? this : length(field, value, Limits.LONG_TEXT);
    }

    private Checks length(String field, String value, int max) {
        int length = value.codePointCount(0, value.length());
        return length > max ? add(field, "validation.tooLong", length, max) : this;
    }

    /** An optional amount of money: not negative, at most two decimal places, not absurdly large. */
    Checks amount(String field, BigDecimal value) {
        if (value == null) {
            return this;
        }
        if (value.signum() < 0) {
            return add(field, "validation.negative");
        }
        return decimals(field, value, Limits.MONEY_SCALE, Limits.MAX_AMOUNT);
    }

    /** An optional amount that, when given, must be more than zero. */
    Checks positiveAmount(String field, BigDecimal value) {
        if (value != null && value.signum() == 0) {
            return add(field, "validation.notPositive");
        }
        return amount(field, value);
    }

    /** An optional percentage in (0, 100]. */
    Checks percent(String field, BigDecimal value) {
        if (value == null) {
            return this;
        }
        if (value.signum() <= 0 || value.compareTo(Limits.MAX_PERCENT) > 0) {
            return add(field, "validation.percentRange");
        }
        return decimals(field, value, Limits.PERCENT_SCALE, Limits.MAX_PERCENT);
    }

    private Checks decimals(String field, BigDecimal value, int scale, BigDecimal max) {
        if (value.stripTrailingZeros().scale() > scale) {
            add(field, "validation.tooManyDecimals", scale);
        }
        if (value.compareTo(max) > 0) {
            add(field, "validation.tooLarge", max.toPlainString());
        }
        return this;
    }

    /** An optional date between {@link Limits#EARLIEST_DATE} and {@link Limits#LATEST_DATE}. */
    Checks date(String field, LocalDate value) {
        if (value != null && (value.isBefore(Limits.EARLIEST_DATE) || value.isAfter(Limits.LATEST_DATE))) {
            add(field, "validation.dateRange", Limits.EARLIEST_DATE.toString(), Limits.LATEST_DATE.toString());
        }
        return this;
    }
}
