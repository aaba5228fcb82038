package com.dealjournal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The bounds every value in a journal keeps. Shown to users in validation messages, so keep them round. */
public final class Limits {

    /** Names, companies, contacts, sources and "traded for" texts: one line, at most this many characters. */
    public static final int SHORT_TEXT = 200;
    /** Notes of prospects and events: at most this many characters, line breaks allowed. */
    public static final int LONG_TEXT = 10_000;
    /** Money amounts: at most this much, with at most {@link #MONEY_SCALE} decimal places. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");
    public static final int MONEY_SCALE = 2;
    /** Percentages: more than 0, at most 100, at most {@link #PERCENT_SCALE} decimal places. */
    public static final BigDecimal MAX_PERCENT = new BigDecimal("100");
    public static final int PERCENT_SCALE = 2;
    public static final int MIN_GUT_FEELING = 1;
    public static final int MAX_GUT_FEELING = 5;
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

    private Limits() {
    }
}
