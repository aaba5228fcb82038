package com.dealjournal.model.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The rounding of the review's figures, in one place: exact {@link BigDecimal} arithmetic, half up. */
final class Decimals {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /** 100 × part / whole rounded half up to a whole percent, or {@code null} when whole is 0. */
    static Integer wholePercent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** 100 × part / whole rounded half up to one decimal; whole must not be 0. */
    static BigDecimal percentOneDecimal(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** An amount of money with exactly two decimals (journal amounts never have more). */
    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
