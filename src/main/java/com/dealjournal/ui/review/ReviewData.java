package com.dealjournal.ui.review;

import com.dealjournal.model.review.EyeLevelMetrics;
import com.dealjournal.model.review.Insight;
import com.dealjournal.model.review.Insights;
import com.dealjournal.model.review.RangeFigures;
import com.dealjournal.model.review.RangeMetrics;
import java.time.LocalDate;
import com.dealjournal.model.review.MonthlyFigures;
import com.dealjournal.model.review.ReviewInput;
import com.dealjournal.store.Journal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the review shows for a selected month and range, read in one background step: the figures
 * of every month in the range (oldest first), of the selected month and of the month before it, and the
 * selected month's reflection note, and the sentences the figures of the range support.
 */
record ReviewData(YearMonth selected, int chaseLimit, List<MonthlyFigures> months, MonthlyFigures current,
                  MonthlyFigures previous, String note, List<Insight> insights) {

    /** Reads and computes; runs off the FX thread. */
    static ReviewData load(Journal journal, YearMonth selected, ReviewRange range, LocalDate today) {
        int limit = journal.settings().chaseLimit();
        YearMonth from = range.from(selected, journal.review().firstMonth());
        YearMonth before = selected.minusMonths(1);
        YearMonth start = from.isBefore(before) ? from : before;
        ReviewInput input = journal.review().range(start, selected);
        List<MonthlyFigures> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(selected); month = month.plusMonths(1)) {
            months.add(EyeLevelMetrics.month(month, limit, input));
        }
        RangeFigures figures = RangeMetrics.compute(from, selected, today, journal.prospects().findAll(),
                journal.events().findAll());
        return new ReviewData(selected, limit, List.copyOf(months), EyeLevelMetrics.month(selected, limit, input),
                EyeLevelMetrics.month(before, limit, input), journal.review().note(selected),
                Insights.of(months, figures));
    }
}
