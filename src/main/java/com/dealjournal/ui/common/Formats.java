package com.dealjournal.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Money, numbers and dates as the user's locale writes them. */
public final class Formats {

    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter shortDates;
    private final DateTimeFormatter times;

    public Formats(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.shortDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        this.times = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** An amount in a currency: "€1,250.50" in English, "1.250,50 €" in German. */
    public String money(BigDecimal amount, Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A percentage such as 12.5 as "12.5 %" (English) or "12,5 %" (German), without needless decimals. */
    public String percent(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value) + "\u00a0%";
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** A date in a narrow column: "11/3/26" in English, "03.11.26" in German. */
    public String shortDate(LocalDate date) {
        return shortDates.format(date);
    }

    /** A date with its time of day: "Nov 27, 2026, 9:00 AM" in English, "27.11.2026, 09:00" in German. */
    public String dateTime(LocalDateTime dateTime) {
        return dates.format(dateTime) + ", " + times.format(dateTime);
    }
}
