package com.dealjournal.exchange;

import com.dealjournal.model.Limits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How values look in the exchange files: plain decimals, ISO dates, upper-case words. */
final class Values {

    private Values() {
    }

    /** Money with exactly two decimals, such as 1250.00; a journal's amounts never have more. */
    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(Limits.MONEY_SCALE, RoundingMode.UNNECESSARY);
    }

    /** A percentage without trailing zeros, such as 10 or 12.5 (never 1E+1). */
    static BigDecimal percent(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String word(Enum<?> word) {
        return word == null ? null : word.name();
    }

    static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
