package com.dealjournal.ui.review;

import com.dealjournal.model.review.EyeLevelMetrics;
import com.dealjournal.model.review.Insight;
import com.dealjournal.model.review.Insights;
import com.dealjournal.model.review.RangeFigures;
import com.dealjournal.model.review.RangeMetrics;
import com.dealjournal.model.review.MonthTally;
import com.dealjournal.model.review.MonthlyFigures;
import com.dealjournal.store.Journal;
import com.dealjournal.store.ReviewRepository;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the review shows for a selected month and range, read in one background step: the figures
 * of every month in the range (oldest first), of the selected month and of the month before it, and the
 * selected month's reflection note, and the sentences the figures of the range support.
 */
record ReviewData(YearMonth selected, int chaseLimit, List<MonthlyFigures> months, MonthlyFigures previous,
                  String note, List<Insight> insights) {

    /** The selected month's figures: the last of the range. */
    MonthlyFigures current() {
        return months.getLast();
    }

    /**
     * Reads and computes; runs off the FX thread. The store counts what the figures of the months and
     * of the range are made of in SQL, reading only what the range needs.
     */
    static ReviewData load(Journal journal, YearMonth selected, ReviewRange range, LocalDate today) {
        int limit = journal.settings().chaseLimit();
        YearMonth from = range == ReviewRange.ALL_TIME ? range.from(selected, journal.review().firstMonth())
                : range.from(selected, Optional.empty());
        YearMonth before = selected.minusMonths(1);
        ReviewRepository.Tallies tallies = journal.review()
                .tallies(from.isBefore(before) ? from : before, from, selected, limit, today);
        List<MonthlyFigures> months = new ArrayList<>();
        MonthlyFigures previous = null;
        for (MonthTally tally : tallies.months()) {
            MonthlyFigures figures = EyeLevelMetrics.of(tally, limit);
            if (!tally.month().isBefore(from)) {
                months.add(figures);
            }
            if (tally.month().equals(before)) {
                previous = figures;
            }
        }
        RangeFigures figures = RangeMetrics.of(from, selected, today, tallies.range());
        return new ReviewData(selected, limit, List.copyOf(months), previous, journal.review().note(selected),
                Insights.of(months, figures));
    }
}
