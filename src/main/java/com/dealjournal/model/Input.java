package com.dealjournal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns text that a user typed or a file held into model values. Each method returns {@code null}
 * for empty text and throws a {@link ValidationException} naming the field for text it cannot read;
 * range rules are the records' own {@code validate()}.
 */
public final class Input {

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** Plain decimals only: digits, an optional dot and decimals, an optional leading minus. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private Input() {
    }

    /** A date written {@code YYYY-MM-DD}, rejecting days that do not exist such as 2026-02-30. */
    public static LocalDate date(String field, String text) {
        String value = trimmed(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException e) {
            throw invalid(field, "validation.dateInvalid", value);
        }
    }

    /** A decimal number with {@code .} as the decimal separator and no thousands separators. */
    public static BigDecimal decimal(String field, String text) {
        String value = trimmed(text);
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw invalid(field, "validation.numberInvalid", value);
        }
        return new BigDecimal(value);
    }

    /**
     * A decimal number as a person types it in a form: like {@link #decimal(String, String)}, but where
     * the user's language writes decimals with a comma (German: 12,5), a comma is read as the decimal
     * separator too. Thousands separators are refused in every language, so "1.250,00" is an error, not
     * a guess.
     */
    public static BigDecimal typedDecimal(String field, String text, Locale locale) {
        char separator = java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        String value = text;
        if (separator == ',' && text != null && text.indexOf('.') < 0) {
            value = text.replace(',', '.');
        }
        try {
            return decimal(field, value);
        } catch (ValidationException e) {
            throw invalid(field, "validation.typedNumberInvalid", text == null ? "" : text.strip());
        }
    }

    /** A whole number, such as a gut feeling. */
    public static Integer integer(String field, String text) {
        String value = trimmed(text);
        if (value == null) {
            return null;
        }
        if (!value.matches("-?\\d{1,9}")) {
            throw invalid(field, "validation.wholeNumberInvalid", value);
        }
        return Integer.valueOf(value);
    }

    /** An ISO-4217 currency code such as EUR, case-insensitive. */
    public static Currency currency(String field, String text) {
        String value = trimmed(text);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (CURRENCY_CODE.matcher(code).matches()) {
            try {
                Currency currency = Currency.getInstance(code);
                // codes such as XXX (no currency), XAU (gold) or XTS (testing) are not money one invoices in
                if (currency.getDefaultFractionDigits() >= 0) {
                    return currency;
                }
            } catch (IllegalArgumentException e) {
                // falls through to the message below
            }
        }
        throw invalid(field, "validation.currencyInvalid", value);
    }

    /** One of an enumeration's words, case-insensitive, such as {@code held} for {@link Response#HELD}. */
    public static <E extends Enum<E>> E word(String field, String text, Class<E> type) {
        String value = trimmed(text);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name());
        }
        throw invalid(field, "validation.wordInvalid", value, allowed.toString());
    }

    private static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        return value.isEmpty() ? null : value;
    }

    private static ValidationException invalid(String field, String key, Object... args) {
        return new ValidationException(java.util.List.of(Violation.of(field, key, args)));
    }
}
