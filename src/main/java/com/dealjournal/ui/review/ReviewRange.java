package com.dealjournal.ui.review;

import java.time.YearMonth;
import java.util.Optional;

/** How many months the review's charts show, ending with the selected month. */
enum ReviewRange {
    LAST_3(3), LAST_6(6), LAST_12(12), ALL_TIME(0);

    private final int months;

    ReviewRange(int months) {
        this.months = months;
    }

    /** The first month shown when {@code last} is selected; all time starts at the journal's first month. */
    YearMonth from(YearMonth last, Optional<YearMonth> journalStart) {
        if (this == ALL_TIME) {
            return journalStart.filter(start -> start.isBefore(last)).orElse(last);
        }
        return last.minusMonths(months - 1L);
    }

    String labelKey() {
        return "review.range." + name();
    }
}
